package dev.viva.question.draft;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** The model that drafts a model answer for a question that has none; a person approves it before use. */
@ApplicationScoped // stateless: one AI-service context for all calls (see AnswerGrader)
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface ModelAnswerWriter {

    String SYSTEM_PROMPT = "write-model-answer.system.md";
    String USER_PROMPT = "write-model-answer.user.md";

    @SystemMessage(fromResource = "prompts/" + SYSTEM_PROMPT)
    @UserMessage(fromResource = "prompts/" + USER_PROMPT)
    Result<LlmModelAnswer> write(String topic, String questionText);
}
