package dev.viva.ratelimit;

import java.time.Instant;

/**
 * The limits that apply to one API key now: its own where it has them, else the configured defaults.
 *
 * @param changedAt when the key's own limits were last changed ({@link Instant#EPOCH}: never)
 */
public record Limits(int requestsPerMinute, int gradingsInFlight, Instant changedAt) {
}
