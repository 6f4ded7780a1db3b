package dev.viva.llm;

import dev.viva.grading.llm.AnswerGrader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.viva.question.draft.ModelAnswerWriter;
import dev.viva.rubric.writer.RubricWriter;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every prompt file parses as a template, uses only variables that the AI service method passes in,
 * and is used by some method (as petclinic's I18nPropertiesSyncTest keeps message files in sync).
 */
class PromptFilesLintTest {

    private static final Path PROMPTS = Path.of("prompts");
    /** Every AI service; each of its methods names its prompt files. */
    private static final List<Class<?>> AI_SERVICES = List.of(AnswerGrader.class, RubricWriter.class,
            ModelAnswerWriter.class, dev.viva.interview.followup.FollowUpWriter.class);
    private final Engine qute = Engine.builder().addDefaults().build();

    @Test
    void everyTemplateVariableIsAParameterOfTheMethodThatUsesThePrompt() throws IOException {
        for (Method method : aiServiceMethods()) {
            Set<String> parameters = Arrays.stream(method.getParameters()).map(Parameter::getName)
                    .collect(Collectors.toSet());
            for (String file : promptFilesOf(method)) {
                assertThat(variables(file)).as("variables of %s used by %s", file, method.getName())
                        .isSubsetOf(parameters);
            }
        }
    }

    @Test
    void everyParameterAppearsInTheUserPromptOfItsMethod() throws IOException {
        for (Method method : aiServiceMethods()) {
            String userPrompt = resourceName(method.getAnnotation(UserMessage.class).fromResource());
            Set<String> used = variables(userPrompt);
            assertThat(Arrays.stream(method.getParameters()).map(Parameter::getName).toList())
                    .as("parameters of %s shown in %s", method.getName(), userPrompt).allMatch(used::contains);
        }
    }

    @Test
    void everyFileInThePromptsFolderIsUsedAndHashed() throws IOException {
        Set<String> used = new HashSet<>();
        for (Method method : aiServiceMethods()) {
            used.addAll(promptFilesOf(method));
        }
        try (Stream<Path> files = Files.list(PROMPTS)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertThat(present).isEqualTo(used);
            PromptFiles hashes = new PromptFiles();
            present.forEach(name -> assertThat(hashes.hash(name)).as("hash of %s", name).hasSize(64));
        }
    }

    private static List<Method> aiServiceMethods() {
        return AI_SERVICES.stream().flatMap(s -> Arrays.stream(s.getDeclaredMethods())).toList();
    }

    private List<String> promptFilesOf(Method method) {
        return Stream.of(method.getAnnotation(SystemMessage.class).fromResource(),
                method.getAnnotation(UserMessage.class).fromResource()).map(this::resourceName).toList();
    }

    private String resourceName(String fromResource) {
        assertThat(fromResource).startsWith(PromptFiles.FOLDER);
        return fromResource.substring(PromptFiles.FOLDER.length());
    }

    private Set<String> variables(String file) throws IOException {
        String text = Files.readString(PROMPTS.resolve(file));
        return qute.parse(text).getExpressions().stream().map(Expression::getParts)
                .map(parts -> parts.getFirst().getName()).collect(Collectors.toSet());
    }
}
