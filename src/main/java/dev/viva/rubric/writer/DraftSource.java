package dev.viva.rubric.writer;

/** Who drafts a rubric: the LLM where one is configured (auto), or a builder asked for by name. */
public enum DraftSource {
    auto, llm, offline
}
