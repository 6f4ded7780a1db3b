package dev.viva.question;

import java.util.List;

/**
 * One encoding repair applied to a document: UTF-8 text that had been decoded with {@code charset} and
 * saved again, and was re-encoded with that charset and decoded as UTF-8.
 *
 * @param charset   the charset the text had been misread with (x-MacRoman, windows-1252)
 * @param sequences how many damaged sequences were restored
 * @param examples  up to five distinct repairs, "damaged -> restored"
 */
public record RepairNote(String charset, int sequences, List<String> examples) {

    public RepairNote {
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
