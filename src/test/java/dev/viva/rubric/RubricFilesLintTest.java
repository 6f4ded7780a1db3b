package dev.viva.rubric;

import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.Rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walks the shipped {@code rubrics/} folder: every rubric a reviewer merges must be usable as it is. */
class RubricFilesLintTest {

    private static final Path RUBRICS = Path.of("rubrics");
    private final RubricValidator validator = new RubricValidator();

    @Test
    void everyShippedRubricParsesAndPassesTheValidator() {
        List<Path> files = RubricFiles.list(RUBRICS);
        assertThat(files).as("rubric files under %s", RUBRICS.toAbsolutePath()).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                Rubric rubric = RubricFiles.read(file);
                validator.validate(rubric, RubricFiles.questionIdOf(file)).forEach(p -> problems.add(file + ": " + p));
                problems.addAll(bankConventions(file, rubric));
            } catch (InvalidRubricException e) {
                problems.addAll(e.problems());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noQuestionHasTwoRubricFiles() {
        Map<String, Path> seen = new HashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (Path file : RubricFiles.list(RUBRICS)) {
            Path other = seen.putIfAbsent(RubricFiles.questionIdOf(file), file);
            if (other != null) {
                duplicates.add(file + " and " + other);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    /** Stricter than the validator, which also accepts rubrics written by an LLM: the shipped bank's own rules. */
    private static List<String> bankConventions(Path file, Rubric rubric) {
        List<String> problems = new ArrayList<>();
        int count = rubric.criteria().size();
        if (count < 4 || count > 8) {
            problems.add(file + ": has " + count + " criteria, the shipped bank uses 4 to 8");
        }
        for (Criterion c : rubric.criteria()) {
            if (c.examples().isEmpty() || c.examples().size() > 3) {
                problems.add(file + ": criterion " + c.id() + " has " + c.examples().size() + " examples, expected 1 to 3");
            }
            if (c.hint() == null || c.hint().isBlank()) {
                problems.add(file + ": criterion " + c.id() + " has no hint for learners");
            }
        }
        return problems;
    }
}
