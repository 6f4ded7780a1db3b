package dev.viva.llm;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns LangChain4j's own retries off. Its {@code maxRetries} counts retries after the first attempt
 * and Quarkus does not accept 0 in {@code quarkus.langchain4j.openai.max-retries}, so 1 there still
 * means two attempts; with {@link LlmCallPolicy} retrying too, every failure would be sent twice
 * per attempt and Retry-After would be ignored by the inner retry.
 */
@ApplicationScoped
public class SingleAttemptChatModel implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {

    @Override
    public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
