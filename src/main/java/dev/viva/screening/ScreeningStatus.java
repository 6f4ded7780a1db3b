package dev.viva.screening;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a screening is: waiting for answers, grading, stopped at its budget, every answer graded, or closed
 * by the hiring team (no more answers; its retention period runs) once nothing is left to grade.
 */
public enum ScreeningStatus {
    OPEN, GRADING, PAUSED_BUDGET, COMPLETE, CLOSED;

    static ScreeningStatus of(Screening s, ScreeningProgress p) {
        if (s.pausedBudget) {
            return PAUSED_BUDGET;
        }
        if (p.total() == 0) {
            return s.closed() ? CLOSED : OPEN;
        }
        if (p.queued() + p.ungraded() > 0) {
            return GRADING;
        }
        return s.closed() ? CLOSED : COMPLETE;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
