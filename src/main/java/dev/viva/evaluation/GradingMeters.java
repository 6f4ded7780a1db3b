package dev.viva.evaluation;

import dev.viva.grading.Flag;
import dev.viva.grading.GraderKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Counts gradings by grader and outcome, the flags they raised, and times them. Every series of these
 * closed sets is registered at start, at zero, so that a dashboard's rate() sees a series before its first
 * event. Tags never carry answer text, candidates or question ids.
 */
@Startup // registers its series at zero before the first event
@ApplicationScoped
public class GradingMeters {

    /** How a grading request ended, as the {@code outcome} tag says it. */
    public enum Outcome {
        GRADED, NEEDS_REVIEW, UNGRADED, CACHED;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Outcome of(EvaluationStatus status) {
            return switch (status) {
                case GRADED -> GRADED;
                case NEEDS_REVIEW -> NEEDS_REVIEW;
                case UNGRADED -> UNGRADED;
            };
        }
    }

    static final List<GraderKind> GRADERS = List.of(GraderKind.LLM, GraderKind.OFFLINE);
    /** Bucket bounds of the duration histogram: offline gradings take tens of milliseconds, LLM ones seconds. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)};

    private final MeterRegistry registry;

    public GradingMeters(MeterRegistry registry) {
        this.registry = registry;
        for (GraderKind grader : GRADERS) {
            for (Outcome outcome : Outcome.values()) {
                gradings(grader, outcome);
                if (outcome != Outcome.CACHED) {
                    duration(grader, outcome);
                }
            }
            for (Flag flag : Flag.values()) {
                flagged(grader, flag);
            }
        }
    }

    /** A grading ran (the grader was called) and ended as {@code outcome} after {@code took}. */
    void graded(GraderKind grader, Outcome outcome, Collection<Flag> flags, Duration took) {
        gradings(grader, outcome).increment();
        duration(grader, outcome).record(took);
        flags.forEach(flag -> flagged(grader, flag).increment());
    }

    /** An identical earlier grading's result was reused: no grader ran. */
    void reused(GraderKind grader) {
        gradings(grader, Outcome.CACHED).increment();
    }

    private Counter gradings(GraderKind grader, Outcome outcome) {
        return Counter.builder("viva.gradings")
                .description("Gradings by grader and outcome (graded, needs_review, ungraded, cached)")
                .tag("grader", tag(grader)).tag("outcome", outcome.tag()).register(registry);
    }

    private Counter flagged(GraderKind grader, Flag flag) {
        return Counter.builder("viva.gradings.flagged")
                .description("Gradings that raised a flag, by grader and flag (a grading may raise several)")
                .tag("grader", tag(grader)).tag("flag", flag.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private Timer duration(GraderKind grader, Outcome outcome) {
        return Timer.builder("viva.grading.duration")
                .description("Time to grade one answer (guard, grader with its model calls, checks), by grader and outcome")
                .tag("grader", tag(grader)).tag("outcome", outcome.tag())
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private static String tag(GraderKind grader) {
        return grader.name().toLowerCase(Locale.ROOT);
    }
}
