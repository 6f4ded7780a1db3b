package dev.viva.bank;

import java.util.List;

/** What a bulk file created: every question of it, in the file's order. */
public record BulkCreated(int count, List<QuestionDetail> questions) {
}
