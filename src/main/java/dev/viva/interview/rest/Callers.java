package dev.viva.interview.rest;

import dev.viva.interview.Caller;
import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** The interview caller of a request's identity. */
final class Callers {

    private Callers() {
    }

    static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal().getName(), identity.hasRole(Roles.LEARNER),
                identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.REVIEWER));
    }
}
