package dev.viva.question.importer;

import dev.viva.question.RepairNote;

import java.util.List;

/**
 * What an import did to the bank.
 *
 * @param document   the document's name
 * @param created    ids of new questions
 * @param updated    ids of questions whose text, topic, source or answers changed
 * @param unchanged  ids of questions already in the bank exactly as the document states them
 * @param skipped    what was read but not imported, with why (repeated questions, introductions, ...)
 * @param duplicates new or updated questions linked to a near-identical question of another document
 * @param orphaned   ids of questions an earlier version of this document had and this one has not;
 *                   they are kept, since evaluations may refer to them
 * @param repaired   encoding repairs applied to the document's text
 */
public record ImportReport(String document, List<String> created, List<String> updated, List<String> unchanged,
        List<Skipped> skipped, List<Duplicate> duplicates, List<String> orphaned, List<RepairNote> repaired) {

    public record Skipped(String text, String reason) {
    }

    /** A question linked (not merged) to a near-identical one: {@code similarity} is the word-set Jaccard. */
    public record Duplicate(String id, String duplicateOf, double similarity) {
    }

    public boolean createdAny() {
        return !created.isEmpty();
    }
}
