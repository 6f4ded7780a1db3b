package dev.viva.llm;

import dev.viva.support.DomainException;

/** Something was asked of an LLM and none is configured on this server. */
public class LlmNotConfiguredException extends DomainException {

    public LlmNotConfiguredException(String what) {
        super(Kind.UNPROCESSABLE, "No LLM configured",
                what + " needs an LLM and none is configured on this server (viva.llm.enabled).");
    }
}
