package dev.viva.bank;

import java.util.List;

/** One page of questions; {@code total} counts every match. */
public record QuestionPage(List<QuestionSummary> items, int page, int size, long total) {
}
