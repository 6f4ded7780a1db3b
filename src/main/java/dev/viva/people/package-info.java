/**
 * Personal data: what Viva holds about a candidate or learner (by their reference), its export (GDPR Art. 15
 * and 20), its erasure (Art. 17) with a tombstone that names no one, and the removal that retention shares.
 * Figures survive without the person as anonymous gradings ({@code dev.viva.review.agreement}).
 */
package dev.viva.people;
