package dev.viva.interview.followup;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The interviewer that asks one follow-up question about a point the learner's answer missed. Callers go
 * through {@link dev.viva.llm.ValidatedCalls}; the answer comes in fenced, as data.
 */
@ApplicationScoped // stateless: one AI-service context for all calls (see AnswerGrader)
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface FollowUpWriter {

    String SYSTEM_PROMPT = "write-follow-up.system.md";
    String USER_PROMPT = "write-follow-up.user.md";
    String REPAIR_PROMPT = "repair-follow-up.user.md";

    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + USER_PROMPT)
    Result<LlmFollowUp> write(String topic, String questionText, String criterion, String hint, String fence,
            String answer);

    /** The one second chance after an unusable follow-up: the same data plus what was wrong with it. */
    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + REPAIR_PROMPT)
    Result<LlmFollowUp> repair(String topic, String questionText, String criterion, String hint, String fence,
            String answer, String previousReply, String problems);
}
