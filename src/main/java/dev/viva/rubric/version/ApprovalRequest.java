package dev.viva.rubric.version;

import jakarta.validation.constraints.Size;

/** Optional body of an approval: who approves (until the API authenticates its users, issue 6). */
public record ApprovalRequest(@Size(max = 200) String reviewer) {

    public static String reviewerOf(ApprovalRequest request) {
        return request == null ? null : request.reviewer();
    }
}
