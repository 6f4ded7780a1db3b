package dev.viva.rubric.writer;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The model that drafts a rubric from a question and its model answer, and audits that answer. The
 * prompts are the files in {@code prompts/}; callers go through {@link dev.viva.llm.ValidatedCalls}.
 */
@ApplicationScoped // stateless: one AI-service context for all calls (see AnswerGrader)
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface RubricWriter {

    String SYSTEM_PROMPT = "write-rubric.system.md";
    String USER_PROMPT = "write-rubric.user.md";
    String REPAIR_PROMPT = "repair-rubric.user.md";

    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + USER_PROMPT)
    Result<LlmRubricDraft> write(String topic, String questionText, String modelAnswer);

    /** The one second chance after an unusable rubric: the same data plus what was wrong with it. */
    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + REPAIR_PROMPT)
    Result<LlmRubricDraft> repair(String topic, String questionText, String modelAnswer, String previousReply,
            String problems);
}
