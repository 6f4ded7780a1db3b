package dev.viva.screening;

/**
 * How far a screening's grading is: answers graded, graded but needing review, ungraded after a
 * failed attempt (retried later), and queued (not tried yet, or waiting for budget); the rate over
 * the last five minutes (or since the first grading in them) and the time left at that rate (null
 * when nothing is moving or left).
 */
public record ScreeningProgress(long total, long graded, long needsReview, long ungraded, long queued, double ratePerMinute,
        Long etaSeconds) {

    static ScreeningProgress of(long total, long graded, long needsReview, long ungraded, long queued, long inWindow,
            java.time.Duration since) {
        double minutes = since == null ? 5 : Math.max(since.toMillis(), 1000) / 60_000.0;
        double rate = inWindow == 0 ? 0 : Math.round(inWindow / Math.min(5, minutes) * 10) / 10.0;
        long left = ungraded + queued;
        Long eta = rate > 0 && left > 0 ? Math.round(left / rate * 60) : null;
        return new ScreeningProgress(total, graded, needsReview, ungraded, queued, rate, eta);
    }

    public boolean done() {
        return total > 0 && queued == 0 && ungraded == 0;
    }
}
