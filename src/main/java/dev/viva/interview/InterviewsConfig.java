package dev.viva.interview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Mock interviews (viva.interviews.*). */
@ConfigMapping(prefix = "viva.interviews")
public interface InterviewsConfig {

    /** Whether anyone may create a learner account at /signup; otherwise an admin creates them (POST /api/users). */
    @WithDefault("false")
    boolean selfSignup();

    /** The share (0..1) of a criterion's weight that a criterion met only in the answer to its follow-up earns. */
    @WithDefault("0.5")
    double followUpCredit();

    /** Questions in an interview when the request names no number. */
    @WithDefault("5")
    int defaultQuestionCount();

    /**
     * The follow-up without an LLM (or when its reply is unusable): {hint} is the criterion's learner-facing
     * hint, {title} its learner-safe title.
     */
    @WithDefault("Let us come back to one point of your answer. {hint}")
    String followUpTemplate();

    /** The template when the criterion has no usable hint. */
    @WithDefault("Let us come back to one point of your answer: what can you tell me about {title}?")
    String followUpTemplateWithoutHint();
}
