package dev.viva.grading.llm;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The model that grades an answer against a rubric. The prompts are the files in {@code prompts/};
 * the rubric criteria go in as JSON data and the answer as fenced, datamarked data. No tools, no chat memory:
 * every call stands alone. Callers go through {@link dev.viva.llm.ValidatedCalls}, which adds the one call policy (retries, a
 * circuit breaker) and one repair.
 *
 * <p>Application-scoped: with the default request scope every call (one request per virtual thread)
 * built a new AI-service context, whose guardrail set-up scans the class path with a ServiceLoader;
 * under load hundreds of threads then queued on one jar-file lock. Stateless, so one instance serves all.
 */
@ApplicationScoped
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface AnswerGrader {

    String SYSTEM_PROMPT = "grade-answer.system.md";
    String USER_PROMPT = "grade-answer.user.md";
    String REPAIR_PROMPT = "repair-grading.user.md";

    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + USER_PROMPT)
    Result<LlmGrading> grade(String questionText, String modelAnswer, String criteria, String fence, String marker,
            String answer, String feedbackLanguage);

    /** A second chance after unusable output: the same data plus what was wrong with the previous reply. */
    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + REPAIR_PROMPT)
    Result<LlmGrading> repair(String questionText, String modelAnswer, String criteria, String fence, String marker,
            String answer, String feedbackLanguage, String previousReply, String error);
}
