package dev.viva.rubric;

import java.time.OffsetDateTime;

/**
 * A rubric file changed after a reviewer had approved a version of that rubric in the service: the
 * file's content was stored as a draft ({@code heldVersion}) instead of replacing the reviewer's.
 * Resolved by approving one of the two, or by writing the reviewer's version back into the file.
 */
public record RubricConflict(String questionId, String file, int heldVersion, int activeVersion,
        String activeOrigin, OffsetDateTime detectedAt) {
}
