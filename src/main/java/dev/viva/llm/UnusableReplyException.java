package dev.viva.llm;

import dev.viva.support.DomainException;
import java.util.List;
import java.util.Map;

/** The model's reply was unusable twice: the first answer and its one repair. */
public class UnusableReplyException extends DomainException {

    private final List<String> problems;

    public UnusableReplyException(String what, List<String> problems) {
        super(Kind.UPSTREAM_FAILED, "Invalid LLM output", "The model's " + what + " was unusable twice: "
                + String.join("; ", problems) + ".", Map.of("problems", List.copyOf(problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
