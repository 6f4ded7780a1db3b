package dev.viva.llm;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Call, validate, repair once: the one way every AI service's reply is checked. The reply is
 * validated; if it is unusable (not the expected JSON, or the check finds problems) the model is
 * asked once more with its previous reply and what was wrong with it; a second unusable reply is an
 * {@link UnusableReplyException}. Every call goes through the one {@link LlmCallPolicy}.
 */
@ApplicationScoped
public class ValidatedCalls {

    private final LlmCallPolicy policy;

    public ValidatedCalls(LlmCallPolicy policy) {
        this.policy = policy;
    }

    /** What a check says of a reply: the value it yields, or the problems that make it unusable. */
    public record Checked<V>(V value, List<String> problems) {

        public static <V> Checked<V> valid(V value) {
            return new Checked<>(value, List.of());
        }

        public static <V> Checked<V> invalid(List<String> problems) {
            return new Checked<>(null, List.copyOf(problems));
        }

        public boolean usable() {
            return problems.isEmpty();
        }
    }

    /** A usable value, with what it took to get it. */
    public record Outcome<V>(V value, boolean repaired, int calls, long tokensIn, long tokensOut) {
    }

    /**
     * @param what     what is asked for, for the error ("grading", "rubric")
     * @param first    the call
     * @param check    validates a reply
     * @param repair   the repair call, given the previous reply (as text) and its problems joined
     * @param asText   a reply as text, to show the model in the repair call
     */
    public <T, V> Outcome<V> call(String what, Supplier<Result<T>> first, Function<T, Checked<V>> check,
            BiFunction<String, String, Result<T>> repair, Function<T, String> asText) {
        Tally tally = new Tally();
        Attempt<T, V> attempt = attempt(first, check, asText, tally);
        if (attempt.checked().usable()) {
            return tally.outcome(attempt.checked().value(), false);
        }
        String problems = String.join("; ", attempt.checked().problems());
        Attempt<T, V> second = attempt(() -> repair.apply(attempt.previous(), problems), check, asText, tally);
        if (second.checked().usable()) {
            return tally.outcome(second.checked().value(), true);
        }
        throw new UnusableReplyException(what, second.checked().problems());
    }

    private record Attempt<T, V>(Checked<V> checked, String previous) {
    }

    private <T, V> Attempt<T, V> attempt(Supplier<Result<T>> call, Function<T, Checked<V>> check,
            Function<T, String> asText, Tally tally) {
        tally.calls++;
        Result<T> result;
        try {
            result = policy.call(call);
        } catch (MalformedReplyException e) {
            return new Attempt<>(Checked.invalid(List.of("the reply is not the expected JSON (" + e.getMessage() + ")")),
                    e.reply() != null ? e.reply() : "(no usable reply)");
        }
        tally.add(result.tokenUsage());
        T reply = result.content();
        if (reply == null) {
            return new Attempt<>(Checked.invalid(List.of("the reply is empty")), "(no usable reply)");
        }
        return new Attempt<>(check.apply(reply), asText.apply(reply));
    }

    /**
     * Tokens and calls of one validated call. The tokens of a reply that could not be parsed are not
     * known: LangChain4j fails before it hands back the usage.
     */
    private static final class Tally {
        long tokensIn;
        long tokensOut;
        int calls;

        void add(TokenUsage usage) {
            if (usage != null) {
                tokensIn += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                tokensOut += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
        }

        <V> Outcome<V> outcome(V value, boolean repaired) {
            return new Outcome<>(value, repaired, calls, tokensIn, tokensOut);
        }
    }
}
