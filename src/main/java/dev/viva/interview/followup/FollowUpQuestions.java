package dev.viva.interview.followup;

import dev.viva.llm.LlmConfig;
import dev.viva.llm.PromptFiles;
import dev.viva.llm.ValidatedCalls;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Writes the one follow-up question about a missed criterion: with an LLM configured the model writes it
 * (validated by {@link FollowUpCheck}, repaired once); without one, or when the model fails or its reply
 * stays unusable, it comes from the template over the criterion's hint.
 */
@ApplicationScoped
public class FollowUpQuestions {

    private static final Logger LOG = Logger.getLogger(FollowUpQuestions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FollowUpWriter writer;
    private final ValidatedCalls calls;
    private final LlmConfig llm;
    private final PromptFiles prompts;

    public FollowUpQuestions(FollowUpWriter writer, ValidatedCalls calls, LlmConfig llm, PromptFiles prompts) {
        this.writer = writer;
        this.calls = calls;
        this.llm = llm;
        this.prompts = prompts;
    }

    /**
     * The follow-up without an LLM: {@code withHint} has {hint} (the criterion's learner-facing hint) and may
     * have {title}; {@code withoutHint}, for a criterion with no usable hint, has {title}.
     */
    public record Template(String withHint, String withoutHint) {
    }

    /** A follow-up question and where it came from (source llm with prompt hashes and model, or template). */
    public record Written(String text, String source, Map<String, String> prompts, String model) {
    }

    public Written write(String topic, String questionText, String modelAnswer, Rubric rubric, Criterion criterion,
            String answer, Template template) {
        FollowUpCheck check = FollowUpCheck.against(modelAnswer, rubric);
        if (llm.enabled()) {
            try {
                return byModel(topic, questionText, criterion, answer, check);
            } catch (RuntimeException e) {
                // the learner still gets a follow-up: the template's
                LOG.warnf("The model's follow-up for criterion %s could not be used (%s); the template's is asked",
                        criterion.id(), e.getMessage());
            }
        }
        return fromTemplate(criterion, check, template);
    }

    private Written byModel(String topic, String questionText, Criterion criterion, String answer, FollowUpCheck check) {
        String fence = newFence();
        String topicText = topic == null ? "(none)" : topic;
        String hint = criterion.hint() == null || criterion.hint().isBlank() ? "(none)" : criterion.hint();
        String text = calls.call("follow-up question",
                () -> writer.write(topicText, questionText, criterion.description(), hint, fence, answer),
                reply -> {
                    List<String> problems = check.problems(reply.question());
                    return problems.isEmpty() ? ValidatedCalls.Checked.valid(reply.question().strip())
                            : ValidatedCalls.Checked.invalid(problems);
                },
                (previous, problems) -> writer.repair(topicText, questionText, criterion.description(), hint, fence,
                        answer, previous, problems),
                reply -> String.valueOf(reply.question())).value();
        return new Written(text, "llm", prompts.hashes(List.of(FollowUpWriter.SYSTEM_PROMPT, FollowUpWriter.USER_PROMPT,
                FollowUpWriter.REPAIR_PROMPT)), llm.model());
    }

    static Written fromTemplate(Criterion criterion, FollowUpCheck check, Template template) {
        String hint = criterion.hint() == null ? "" : criterion.hint().strip();
        String withHint = template.withHint().replace("{hint}", hint).replace("{title}", criterion.title());
        String text = !hint.isEmpty() && check.problems(withHint).isEmpty() ? withHint
                : template.withoutHint().replace("{title}", criterion.title().toLowerCase(java.util.Locale.ROOT));
        return new Written(text, "template", Map.of(), null);
    }

    static String newFence() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "ANSWER-" + HexFormat.of().formatHex(bytes);
    }
}
