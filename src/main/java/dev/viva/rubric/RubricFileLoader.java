package dev.viva.rubric;

import dev.viva.rubric.model.Rubric;

import dev.viva.question.QuestionBankLoaded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the reviewed rubric files once the question bank is in place. Every file is checked first and
 * all problems are reported together; a single broken file stops start-up. Valid files become rubric
 * versions (origin "file"); an unchanged file changes nothing.
 */
@ApplicationScoped
public class RubricFileLoader {

    public static final String ORIGIN = "file";
    private static final Logger LOG = Logger.getLogger(RubricFileLoader.class);

    private final RubricFilesConfig config;
    private final RubricValidator validator;
    private final RubricVersionService versions;
    private final RubricConflicts conflicts;

    public RubricFileLoader(RubricFilesConfig config, RubricValidator validator, RubricVersionService versions,
            RubricConflicts conflicts) {
        this.config = config;
        this.validator = validator;
        this.versions = versions;
        this.conflicts = conflicts;
    }

    /** What a load did; {@code conflicts}: changed files held back as drafts (see {@link RubricConflict}). */
    public record Report(int files, int created, int unchanged, int conflicts) {

        public Report(int files, int created, int unchanged) {
            this(files, created, unchanged, 0);
        }
    }

    void onBankLoaded(@Observes QuestionBankLoaded bankLoaded) {
        Path dir = Path.of(config.dir());
        if (!Files.isDirectory(dir)) {
            LOG.warnf("No rubric folder at %s: questions without a rubric cannot be graded", dir.toAbsolutePath());
            return;
        }
        load(dir);
    }

    /**
     * Validates every rubric file under {@code dir}, then stores them.
     *
     * @throws InvalidRubricException listing every problem, each with its file's path, before anything is stored
     */
    public Report load(Path dir) {
        List<Path> files = RubricFiles.list(dir);
        List<String> problems = new ArrayList<>();
        Map<String, Path> fileByQuestion = new HashMap<>();
        Map<Path, Rubric> rubrics = new LinkedHashMap<>();
        for (Path file : files) {
            Rubric rubric;
            try {
                rubric = RubricFiles.read(file);
            } catch (InvalidRubricException e) {
                problems.addAll(e.problems());
                continue;
            }
            String questionId = RubricFiles.questionIdOf(file);
            validator.validate(rubric, questionId).forEach(problem -> problems.add(file + ": " + problem));
            Path other = fileByQuestion.putIfAbsent(questionId, file);
            if (other != null) {
                problems.add(file + ": a second rubric file for question '" + questionId + "' (the first is " + other + ")");
            }
            rubrics.put(file, rubric);
        }
        Set<String> unknown = versions.unknownQuestionIds(fileByQuestion.keySet());
        unknown.forEach(id -> problems.add(fileByQuestion.get(id) + ": question '" + id + "' is not in the question bank"));
        if (!problems.isEmpty()) {
            throw new InvalidRubricException(problems);
        }
        int created = 0;
        List<RubricConflict> found = new ArrayList<>();
        for (Map.Entry<Path, Rubric> entry : rubrics.entrySet()) {
            RubricVersionService.FileOutcome outcome = versions.storeFile(entry.getValue(), entry.getKey().toString());
            if (outcome.created()) {
                created++;
            }
            if (outcome.conflict() != null) {
                RubricConflict c = outcome.conflict();
                found.add(c);
                LOG.warnf("Rubric conflict for question %s: %s changed after version %d (origin %s) was approved in"
                        + " the service; the file is stored as draft version %d and version %d stays active",
                        c.questionId(), c.file(), c.activeVersion(), c.activeOrigin(), c.heldVersion(),
                        c.activeVersion());
            }
        }
        conflicts.replaceAll(found);
        Report report = new Report(files.size(), created, files.size() - created, found.size());
        LOG.infof("Rubric files in %s: %d read, %d new version(s), %d unchanged, %d conflict(s)", dir, report.files(),
                report.created(), report.unchanged(), report.conflicts());
        return report;
    }
}
