package dev.viva.security;

import java.util.Set;

/** The roles. Constants, so that {@code @RolesAllowed} can name them. */
public final class Roles {

    /** Manages users and API keys, approves rubrics, reviews. */
    public static final String ADMIN = "admin";
    /** Reviews and overrides evaluations, edits and approves rubrics. */
    public static final String REVIEWER = "reviewer";
    /** An API caller: submits answers and reads its own results. */
    public static final String CLIENT = "client";

    /** Signs in to practise mock interviews and reads only their own. */
    public static final String LEARNER = "learner";

    public static final Set<String> ALL = Set.of(ADMIN, REVIEWER, CLIENT, LEARNER);

    private Roles() {
    }
}
