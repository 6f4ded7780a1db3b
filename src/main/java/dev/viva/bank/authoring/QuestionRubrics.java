package dev.viva.bank.authoring;

import dev.viva.rubric.version.RubricEditor;
import dev.viva.rubric.RubricValidator;
import dev.viva.rubric.writer.DraftSource;
import dev.viva.rubric.writer.DraftedRubric;
import dev.viva.rubric.writer.RubricDrafter;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rubric a question created or changed through the API starts with: the one given, validated like
 * any rubric (origin api), or one drafted from the model answer, by the LLM rubric writer where the
 * LLM is configured and by the offline builder otherwise.
 */
@ApplicationScoped
public class QuestionRubrics {

    private final RubricDrafter drafter;
    private final RubricValidator validator;

    public QuestionRubrics(RubricDrafter drafter, RubricValidator validator) {
        this.drafter = drafter;
        this.validator = validator;
    }

    /** What is wrong with a given rubric, each naming its field ({@code rubric.criteria[0].weight ...}). */
    public List<String> problems(String questionId, GivenRubric given) {
        if (given == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < given.criteria().size(); i++) {
            if (given.criteria().get(i) == null) {
                problems.add("rubric.criteria[" + i + "] is empty");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        validator.validate(given.forQuestion(questionId), questionId).forEach(p -> problems.add("rubric." + p));
        return problems;
    }

    /**
     * The given rubric when there is one (it must be valid), else a draft from the model answer. No
     * transaction is held: the LLM may take seconds.
     *
     * @throws DomainException (unprocessable) listing the given rubric's problems, or when no usable draft results
     */
    public DraftedRubric startWith(String questionId, String topic, String text, String modelAnswer,
            GivenRubric given, String caller) {
        if (given == null) {
            return drafter.write(questionId, topic, text, modelAnswer, DraftSource.auto);
        }
        List<String> problems = problems(questionId, given);
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "Invalid rubric",
                    String.join("; ", problems), Map.of("problems", problems));
        }
        return new DraftedRubric(given.forQuestion(questionId), RubricEditor.ORIGIN, caller, List.of());
    }
}
