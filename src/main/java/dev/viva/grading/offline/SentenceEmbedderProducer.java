package dev.viva.grading.offline;

import dev.viva.text.SentenceEmbedder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Loads the embedding model once per application. Produced as {@link SentenceEmbedder} rather than
 * as a LangChain4j {@code EmbeddingModel}, so it never competes with an LLM provider's embedding bean.
 */
@ApplicationScoped
public class SentenceEmbedderProducer {

    @Produces
    @Singleton
    SentenceEmbedder sentenceEmbedder(OfflineGraderConfig config) {
        return SentenceEmbedder.load(config.model(), config.threadsPerInference());
    }
}
