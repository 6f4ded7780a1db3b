package dev.viva.screening.fairness;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Selection rates per demographic category and each one's impact ratio against the category with the
 * highest rate; below 0.8 it is flagged (the four-fifths rule, as NYC Local Law 144 bias audits report).
 * A category of fewer than {@code minimumCategorySize} candidates is reported as too small, not as a ratio.
 *
 * @param threshold score at or above which a candidate without a decision counts as selected
 */
public record AdverseImpactReport(UUID screeningId, BigDecimal threshold, int minimumCategorySize,
        long candidatesWithCategory, long candidatesWithoutCategory, List<Category> categories, boolean anyFlagged) {

    /**
     * @param selectionRate selected / candidates
     * @param impactRatio   this rate / the highest rate among categories large enough to compare; null when too small
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CategoryImpact")
    public record Category(String category, long candidates, long selected, Double selectionRate, Double impactRatio,
            boolean flagged, boolean tooSmall) {
    }
}
