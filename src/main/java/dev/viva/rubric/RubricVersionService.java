package dev.viva.rubric;

import dev.viva.question.QuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores rubrics as numbered, immutable versions of a question's rubric and keeps at most one active:
 * an approved new version replaces the active one in the same transaction.
 */
@ApplicationScoped
public class RubricVersionService {

    private final RubricVersionRepository versions;
    private final QuestionRepository questions;

    public RubricVersionService(RubricVersionRepository versions, QuestionRepository questions) {
        this.versions = versions;
        this.questions = questions;
    }

    /** What {@link #store} did: the version now standing for the content, and whether it is new. */
    public record Stored(RubricVersion version, boolean created) {
    }

    /**
     * Stores {@code rubric} as the question's next version, unless the latest version from the same
     * origin already has this content (so an unchanged file never creates a version, and does not
     * override a newer version that came from elsewhere). The stored content carries the version number
     * it was given, and its hash is taken over that content.
     */
    @Transactional
    public Stored store(Rubric rubric, String origin, String createdBy) {
        String questionId = rubric.questionId();
        Optional<RubricVersion> latestFromOrigin = versions
                .find("questionId = ?1 and origin = ?2 order by version desc", questionId, origin)
                .firstResultOptional();
        if (latestFromOrigin.isPresent()) {
            RubricVersion latest = latestFromOrigin.get();
            if (latest.contentHash.equals(RubricHash.of(numbered(rubric, latest.version)))) {
                return new Stored(latest, false);
            }
        }
        int next = versions.find("questionId = ?1 order by version desc", questionId).firstResultOptional()
                .map(v -> v.version + 1).orElse(1);
        RubricVersion version = new RubricVersion();
        version.questionId = questionId;
        version.version = next;
        version.status = rubric.status();
        version.origin = origin;
        version.content = numbered(rubric, next);
        version.contentHash = RubricHash.of(version.content);
        version.createdBy = createdBy;
        version.createdAt = OffsetDateTime.now();
        version.active = rubric.status() == RubricStatus.APPROVED;
        if (version.active) {
            // Runs at once, before the insert: the database allows one active version per question.
            versions.update("active = false where questionId = ?1 and active = true", questionId);
        }
        versions.persist(version);
        return new Stored(version, true);
    }

    /** Those of {@code questionIds} that are not in the question bank, sorted. */
    @Transactional
    public Set<String> unknownQuestionIds(Collection<String> questionIds) {
        Set<String> unknown = new TreeSet<>();
        for (String id : questionIds) {
            if (questions.count("id", id) == 0) {
                unknown.add(id);
            }
        }
        return unknown;
    }

    private static Rubric numbered(Rubric rubric, int version) {
        return new Rubric(rubric.questionId(), version, rubric.status(), rubric.criteria(), rubric.notes());
    }
}
