package dev.viva.bank.authoring;

import dev.viva.support.LineError;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.question.Viewer;
import dev.viva.rubric.RubricVersion;
import dev.viva.rubric.RubricVersionService;
import dev.viva.rubric.writer.DraftedRubric;
import dev.viva.support.Causes;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Questions that API callers create, change and retire. A question is stored together with its first
 * rubric version, a draft until a reviewer approves it (or approved at once with origin "auto" when the
 * caller asks for it); a change stores the next version the same way, and the active one keeps grading
 * until then. The rubric is drafted before any transaction starts, since the LLM may take seconds;
 * anything that fails stores nothing.
 */
@ApplicationScoped
public class QuestionAuthoring {

    private final QuestionRepository questions;
    private final QuestionIds ids;
    private final OpenBanks banks;
    private final QuestionRubrics rubrics;
    private final RubricVersionService versions;

    public QuestionAuthoring(QuestionRepository questions, QuestionIds ids, OpenBanks banks,
            QuestionRubrics rubrics, RubricVersionService versions) {
        this.questions = questions;
        this.ids = ids;
        this.banks = banks;
        this.rubrics = rubrics;
        this.versions = versions;
    }

    /** A question as stored, with the rubric version stored with it. */
    public record Authored(Question question, RubricVersion rubric) {
    }

    /** A question ready to be stored: its id and its rubric are settled. */
    private record Prepared(String id, QuestionRequest request, DraftedRubric rubric) {
    }

    public Authored create(QuestionRequest request, Viewer caller) {
        String id = QuarkusTransaction.requiringNew().call(() -> {
            banks.requireOpen(request.bank());
            return ids.assign(request.id(), request.bank(), request.text(), Set.of());
        });
        DraftedRubric rubric = rubrics.startWith(id, strip(request.topic()), request.text().strip(),
                request.modelAnswer().strip(), request.rubric(), caller.principal());
        return store(List.of(new Prepared(id, request, rubric)), caller).getFirst();
    }

    /**
     * Creates every question of a bulk file or none: all lines are checked (form, bank, id, given
     * rubric) and every rubric is drafted before one transaction stores them all.
     *
     * @throws DomainException (invalid input) naming every line that cannot be stored
     */
    public List<Authored> createAll(BulkFile file, Viewer caller) {
        List<NumberedRequest> lines = file.requests();
        List<LineError> errors = new ArrayList<>(file.errors());
        List<String> assigned = QuarkusTransaction.requiringNew().call(() -> {
            Set<String> claimed = new HashSet<>();
            List<String> result = new ArrayList<>();
            for (NumberedRequest line : lines) {
                QuestionRequest r = line.request();
                try {
                    banks.requireOpen(r.bank());
                    String id = ids.assign(r.id(), r.bank(), r.text(), claimed);
                    claimed.add(id);
                    result.add(id);
                    rubrics.problems(id, r.rubric()).forEach(p -> errors.add(new LineError(line.line(), p)));
                } catch (DomainException e) {
                    errors.add(new LineError(line.line(), e.getMessage()));
                    result.add(null);
                }
            }
            return result;
        });
        if (!errors.isEmpty()) {
            throw QuestionBodies.invalidLines(errors);
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            QuestionRequest r = lines.get(i).request();
            try {
                prepared.add(new Prepared(assigned.get(i), r, rubrics.startWith(assigned.get(i), strip(r.topic()),
                        r.text().strip(), r.modelAnswer().strip(), r.rubric(), caller.principal())));
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.UNPROCESSABLE) {
                    throw e.adding("Nothing was stored.");
                }
                errors.add(new LineError(lines.get(i).line(), "rubric: " + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw QuestionBodies.invalidLines(errors);
        }
        return store(prepared, caller);
    }

    /**
     * Changes the fields given and stores the next rubric version: the one given, or a draft from the
     * question as it now reads.
     */
    public Authored update(String id, QuestionRequest changes, Viewer caller) {
        Question before = QuarkusTransaction.requiringNew().call(() -> changeable(id, caller));
        QuestionEdit edit = QuestionEdit.of(before, changes);
        DraftedRubric rubric = rubrics.startWith(id, edit.topic(), edit.text(), edit.modelAnswer(), changes.rubric(),
                caller.principal());
        return QuarkusTransaction.requiringNew().call(() -> {
            Question q = changeable(id, caller);
            if (!q.updatedAt.isEqual(before.updatedAt)) {
                throw DomainException.conflict("Question changed meanwhile", "Question '" + id
                        + "' was changed by another request while this one was drafting its rubric; send it again.");
            }
            edit.applyTo(q, OffsetDateTime.now());
            return new Authored(q, storeRubric(rubric, changes.approveAtOnce(), caller));
        });
    }

    /** Retires the question: it takes no new answers and leaves the listings; its evaluations stay. */
    public Question retire(String id, Viewer caller) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Question q = changeable(id, caller);
            q.retiredAt = OffsetDateTime.now();
            q.retiredBy = caller.principal();
            return q;
        });
    }

    /** The question, if this caller may change it: it exists for them, came through the API, is not retired. */
    private Question changeable(String id, Viewer caller) {
        Question q = questions.findVisible(id, caller).orElseThrow(() -> DomainException.notFound("Question", id));
        if (!q.createdThroughTheApi()) {
            throw DomainException.unprocessable("Question not created through the API", "Question '" + id
                    + "' was brought in by Viva (" + (q.sourceDocument == null ? "bank " + q.bank : q.sourceDocument)
                    + "); only questions created through the API are changed or retired here. Change its document"
                    + " or curation file instead.");
        }
        if (q.retired()) {
            throw new DomainException(DomainException.Kind.GONE, "Question retired", "Question '" + id
                    + "' was retired at " + q.retiredAt + "; it can no longer be changed.");
        }
        return q;
    }

    private List<Authored> store(List<Prepared> prepared, Viewer caller) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = OffsetDateTime.now();
                List<Authored> stored = new ArrayList<>();
                for (Prepared p : prepared) {
                    banks.requireOpen(p.request().bank());
                    ids.requireFree(p.id(), Set.of()); // another request may have taken it meanwhile
                    Question q = newQuestion(p.id(), p.request(), caller, now);
                    questions.persist(q);
                    stored.add(new Authored(q, storeRubric(p.rubric(), p.request().approveAtOnce(), caller)));
                }
                return stored;
            });
        } catch (RuntimeException e) {
            if (Causes.find(e, ConstraintViolationException.class).isPresent()) {
                throw DomainException.conflict("Question id taken", "A question with one of these ids was created"
                        + " by another request at the same time; nothing was stored. Send it again.");
            }
            throw e;
        }
    }

    private RubricVersion storeRubric(DraftedRubric rubric, boolean atOnce, Viewer caller) {
        return atOnce ? versions.storeAutoApproved(rubric.rubric(), rubric.author(), caller.principal(), rubric.audit())
                : versions.storeDraft(rubric.rubric(), rubric.origin(), rubric.author(), rubric.audit());
    }

    private static Question newQuestion(String id, QuestionRequest r, Viewer caller, OffsetDateTime now) {
        Question q = new Question();
        q.id = id;
        q.bank = r.bank();
        q.text = r.text().strip();
        q.topic = strip(r.topic());
        q.modelAnswer = r.modelAnswer().strip();
        q.modelAnswerOrigin = ModelAnswerOrigin.API;
        q.modelAnswerAuthor = caller.principal();
        q.ownerRef = caller.principal();
        q.createdAt = now;
        q.updatedAt = now;
        return q;
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
