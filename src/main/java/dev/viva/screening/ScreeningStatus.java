package dev.viva.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a screening is: waiting for answers, grading, stopped at its budget, or every answer graded. */
public enum ScreeningStatus {
    OPEN, GRADING, PAUSED_BUDGET, COMPLETE;

    static ScreeningStatus of(Screening s, ScreeningProgress p) {
        if (s.pausedBudget) {
            return PAUSED_BUDGET;
        }
        if (p.total() == 0) {
            return OPEN;
        }
        return p.queued() + p.ungraded() > 0 ? GRADING : COMPLETE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
