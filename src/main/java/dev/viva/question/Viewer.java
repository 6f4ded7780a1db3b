package dev.viva.question;

import dev.viva.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is looking at questions, and so which ones exist for them: reviewers and admins see every
 * question; a client sees the questions Viva brings in (the shipped bank, calibration banks) and the
 * ones it created itself. Another client's question does not exist for it (a 404, so ids do not leak).
 *
 * @param principal the caller's name as the security layer knows it (for an API key, {@code key:<name>})
 * @param seesAll   a reviewer or admin
 */
public record Viewer(String principal, boolean seesAll) {

    public static Viewer of(SecurityIdentity identity) {
        boolean staff = identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.REVIEWER);
        return new Viewer(identity.getPrincipal().getName(), staff);
    }

    /** The principal whose records alone this viewer may read (a client's own), or null: staff read all. */
    public String onlyOwn() {
        return seesAll ? null : principal;
    }

    /**
     * Whether this viewer may read the answer key (model answer, rubric) of a question owned by {@code ownerRef}:
     * staff read every one, a client only those of its own questions, never those of Viva's bank.
     */
    public boolean seesAnswerKeyOf(String ownerRef) {
        return seesAll || (ownerRef != null && ownerRef.equals(principal));
    }

    /** Whether a question owned by {@code ownerRef} (null: brought in by Viva) exists for this viewer. */
    public boolean sees(String ownerRef) {
        return seesAll || ownerRef == null || ownerRef.equals(principal);
    }

    public boolean sees(Question question) {
        return sees(question.ownerRef);
    }
}
