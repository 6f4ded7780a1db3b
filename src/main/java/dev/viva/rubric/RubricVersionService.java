package dev.viva.rubric;

import dev.viva.rubric.model.AuditFinding;
import dev.viva.rubric.model.Rubric;
import dev.viva.rubric.model.RubricStatus;

import dev.viva.question.QuestionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores rubrics as numbered, immutable versions of a question's rubric and keeps at most one active:
 * an approved new version replaces the active one in the same transaction.
 */
@ApplicationScoped
public class RubricVersionService {

    /**
     * Origin of a version approved as it was stored, because whoever created the question asked for it
     * (autoApprove): nobody reviewed it, and reviewers see it so.
     */
    public static final String AUTO_APPROVED = "auto";

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
        RubricVersion version = newVersion(rubric, origin, createdBy, rubric.status());
        version.active = rubric.status() == RubricStatus.APPROVED;
        if (version.active) {
            // Runs at once, before the insert: the database allows one active version per question.
            versions.update("active = false where questionId = ?1 and active = true", questionId);
        }
        versions.persist(version);
        return new Stored(version, true);
    }

    /** What {@link #storeFile} did; {@code conflict} is set when the file was held back as a draft. */
    public record FileOutcome(RubricVersion version, boolean created, RubricConflict conflict) {
    }

    /**
     * Stores a rubric file like {@link #store}, except when a reviewer approved a version in the service
     * (origin api, llm or offline) after the last version that came from a file: then a changed approved
     * file does not replace it but is stored as a draft and reported as a conflict, until a person
     * approves one of the two or writes the service version back into the file (a file whose criteria
     * and notes equal the active version's is no conflict).
     */
    @Transactional
    public FileOutcome storeFile(Rubric rubric, String file) {
        String questionId = rubric.questionId();
        Optional<RubricVersion> latestFile = versions
                .find("questionId = ?1 and origin = ?2 order by version desc", questionId, RubricFileLoader.ORIGIN)
                .firstResultOptional();
        int lastFileVersion = latestFile.map(v -> v.version).orElse(0);
        Optional<RubricVersion> reviewed = versions.findActive(questionId)
                .filter(a -> !RubricFileLoader.ORIGIN.equals(a.origin));
        boolean unchanged = latestFile.isPresent()
                && latestFile.get().contentHash.equals(RubricHash.of(numbered(rubric, lastFileVersion)));
        if (unchanged) {
            RubricVersion last = latestFile.get();
            boolean stillHeld = reviewed.isPresent() && last.status == RubricStatus.DRAFT
                    && rubric.status() == RubricStatus.APPROVED;
            return new FileOutcome(last, false, stillHeld ? conflict(last, reviewed.get(), file) : null);
        }
        if (rubric.status() == RubricStatus.APPROVED && reviewed.isPresent()
                && reviewed.get().version > lastFileVersion && !sameContent(rubric, reviewed.get().content)) {
            RubricVersion held = storeDraft(rubric, RubricFileLoader.ORIGIN, file, List.of());
            return new FileOutcome(held, true, conflict(held, reviewed.get(), file));
        }
        return new FileOutcome(store(rubric, RubricFileLoader.ORIGIN, file).version(), true, null);
    }

    private static RubricConflict conflict(RubricVersion held, RubricVersion active, String file) {
        return new RubricConflict(held.questionId, file, held.version, active.version, active.origin,
                OffsetDateTime.now());
    }

    private static boolean sameContent(Rubric a, Rubric b) {
        return a.criteria().equals(b.criteria()) && java.util.Objects.equals(a.notes(), b.notes());
    }

    /**
     * Stores {@code rubric} as the question's next version with status draft, never active, whatever
     * status its content states (a file held back by a conflict keeps its own content, so that it
     * stays recognisable as that file).
     */
    @Transactional
    public RubricVersion storeDraft(Rubric rubric, String origin, String createdBy, List<AuditFinding> audit) {
        RubricVersion version = newVersion(rubric, origin, createdBy, RubricStatus.DRAFT);
        version.audit = new ArrayList<>(audit);
        versions.persist(version);
        return version;
    }

    /**
     * Stores {@code rubric} as the question's next version, approved and active at once with origin
     * {@value #AUTO_APPROVED}; the version it replaces stays as it was, inactive.
     *
     * @param createdBy  who wrote the rubric (a builder, a model, or the caller who gave it)
     * @param approvedBy the caller who asked for it to be approved without review
     */
    @Transactional
    public RubricVersion storeAutoApproved(Rubric rubric, String createdBy, String approvedBy,
            List<AuditFinding> audit) {
        Rubric approved = new Rubric(rubric.questionId(), rubric.version(), RubricStatus.APPROVED, rubric.criteria(),
                rubric.notes());
        RubricVersion version = newVersion(approved, AUTO_APPROVED, createdBy, RubricStatus.APPROVED);
        version.approvedBy = approvedBy;
        version.audit = new ArrayList<>(audit);
        version.active = true;
        // Runs at once, before the insert: the database allows one active version per question.
        versions.update("active = false where questionId = ?1 and active = true", rubric.questionId());
        versions.persist(version);
        return version;
    }

    /** Approves a version and makes it the one grading uses; approving the active version changes nothing. */
    @Transactional
    public RubricVersion approve(String questionId, int number, String approvedBy) {
        RubricVersion version = versions.find("questionId = ?1 and version = ?2", questionId, number)
                .firstResultOptional().orElseThrow(() -> new IllegalArgumentException(
                        "Question '" + questionId + "' has no rubric version " + number));
        if (version.active) {
            return version;
        }
        versions.update("active = false where questionId = ?1 and active = true", questionId);
        versions.flush();
        version.status = RubricStatus.APPROVED;
        version.active = true;
        version.approvedBy = approvedBy;
        version.approvedAt = OffsetDateTime.now();
        return version;
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

    private RubricVersion newVersion(Rubric rubric, String origin, String createdBy, RubricStatus status) {
        int next = versions.find("questionId = ?1 order by version desc", rubric.questionId()).firstResultOptional()
                .map(v -> v.version + 1).orElse(1);
        RubricVersion version = new RubricVersion();
        version.questionId = rubric.questionId();
        version.version = next;
        version.status = status;
        version.origin = origin;
        version.content = numbered(rubric, next);
        version.contentHash = RubricHash.of(version.content);
        version.createdBy = createdBy;
        version.createdAt = OffsetDateTime.now();
        if (status == RubricStatus.APPROVED) {
            version.approvedBy = createdBy;
            version.approvedAt = version.createdAt;
        }
        return version;
    }

    private static Rubric numbered(Rubric rubric, int version) {
        return new Rubric(rubric.questionId(), version, rubric.status(), rubric.criteria(), rubric.notes());
    }
}
