package dev.viva.grading;

import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;

/** Picks the grader for a request: the one asked for, or for auto the LLM where configured, else offline. */
@ApplicationScoped
public class GraderSelector {

    private final Instance<Grader> graders;
    private final GradingConfig config;

    public GraderSelector(Instance<Grader> graders, GradingConfig config) {
        this.graders = graders;
        this.config = config;
    }

    /** The grader kind that {@code requested} (or the configured default) resolves to right now. */
    public GraderKind resolve(GraderKind requested) {
        GraderKind kind = requested != null ? requested : GraderKind.valueOf(config.defaultGrader().toUpperCase());
        return switch (kind) {
            case AUTO -> find(GraderKind.LLM).isPresent() ? GraderKind.LLM : GraderKind.OFFLINE;
            case LLM -> {
                if (find(GraderKind.LLM).isEmpty()) {
                    throw new DomainException(DomainException.Kind.UNPROCESSABLE, "No LLM configured",
                            "grader=llm was requested but no LLM is configured on this server; use grader=offline or auto.");
                }
                yield GraderKind.LLM;
            }
            case OFFLINE -> GraderKind.OFFLINE;
        };
    }

    public Grader get(GraderKind kind) {
        return find(kind).orElseThrow(() -> new IllegalStateException("No available grader of kind " + kind));
    }

    /** The offline grader, to cross-check an LLM grading requested as auto. */
    public Optional<Grader> offline() {
        return find(GraderKind.OFFLINE);
    }

    private Optional<Grader> find(GraderKind kind) {
        return graders.stream().filter(g -> g.kind() == kind && g.available()).findFirst();
    }
}
