package dev.viva.interview;

import dev.viva.question.Viewer;

/**
 * Who calls: a learner (who signs in and runs their own interviews), a client API key acting for learners it
 * names, or staff (admin, reviewer), who read every interview.
 */
public record Caller(String principal, boolean learner, boolean staff) {

    /** The learner an interview started now is for: a learner is always themself, others must name one. */
    String learnerRef(String requested) {
        if (learner) {
            if (requested != null && !requested.equals(principal)) {
                throw new dev.viva.support.DomainException(dev.viva.support.DomainException.Kind.UNPROCESSABLE,
                        "Not your learnerRef", "A learner runs interviews for themself: leave learnerRef out or give '"
                                + principal + "'.");
            }
            return principal;
        }
        if (requested == null || requested.isBlank()) {
            throw dev.viva.support.DomainException.invalidInput(
                    "learnerRef: required when an API key or a reviewer runs the interview (the learner it is for).");
        }
        return requested;
    }

    boolean reads(Interview interview) {
        if (staff) {
            return true;
        }
        return interview.ownerRef.equals(principal) && (!learner || interview.learnerRef.equals(principal));
    }

    /** Whose interviews of {@code learnerRef} this caller reads: an owner, or null for every owner (staff). */
    String ownerFor(String learnerRef) {
        return staff ? null : principal;
    }

    Viewer viewer() {
        return new Viewer(principal, staff);
    }
}
