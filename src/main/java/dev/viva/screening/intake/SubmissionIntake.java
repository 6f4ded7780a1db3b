package dev.viva.screening.intake;

import dev.viva.evaluation.Evaluation;
import dev.viva.evaluation.EvaluationRepository;
import dev.viva.evaluation.EvaluationService;
import dev.viva.evaluation.EvaluationStatus;
import dev.viva.grading.GradingConfig;
import dev.viva.http.CheckedText;
import dev.viva.question.Viewer;
import dev.viva.screening.Screening;
import dev.viva.screening.ScreeningAnswer;
import dev.viva.screening.ScreeningAnswerRepository;
import dev.viva.screening.ScreeningCandidate;
import dev.viva.screening.ScreeningCandidateRepository;
import dev.viva.screening.ScreeningConfig;
import dev.viva.screening.Screenings;
import dev.viva.screening.dispatch.Dispatcher;
import dev.viva.support.DomainException;
import dev.viva.support.Hashes;
import dev.viva.support.LineError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Takes a screening's answers in bulk: the whole file is checked first (any bad line refuses it and
 * stores nothing), then one transaction stores every answer as an ungraded evaluation linked to the
 * screening, and only after it commits are the gradings handed to the job engine. An answer sent
 * again replaces the stored one while no grading has begun; after that it is a conflict.
 */
@ApplicationScoped
public class SubmissionIntake {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private final Screenings screenings;
    private final ScreeningCandidateRepository candidates;
    private final ScreeningAnswerRepository answers;
    private final EvaluationRepository evaluationRows;
    private final EvaluationService evaluations;
    private final Dispatcher dispatcher;
    private final GradingConfig grading;
    private final ScreeningConfig config;

    public SubmissionIntake(Screenings screenings, ScreeningCandidateRepository candidates,
            ScreeningAnswerRepository answers, EvaluationRepository evaluationRows, EvaluationService evaluations,
            Dispatcher dispatcher, GradingConfig grading, ScreeningConfig config) {
        this.screenings = screenings;
        this.candidates = candidates;
        this.answers = answers;
        this.evaluationRows = evaluationRows;
        this.evaluations = evaluations;
        this.dispatcher = dispatcher;
        this.grading = grading;
        this.config = config;
    }

    /** What a valid file led to: answers stored (new or replaced) and the distinct candidates in it. */
    public record Accepted(int accepted, int candidates) {
    }

    public Accepted acceptFile(UUID screeningId, SubmissionFile file, Viewer caller) {
        Screening screening = screenings.require(screeningId, caller);
        if (file.rows().isEmpty() && file.errors().isEmpty()) {
            throw invalidLines(List.of(new LineError(0, "the file holds no answers")));
        }
        if (file.rows().size() > config.maxRowsPerFile()) {
            throw DomainException.invalidInput("The file holds " + file.rows().size() + " answers, more than "
                    + config.maxRowsPerFile() + " (viva.screening.max-rows-per-file): send it in parts."
                    + " Nothing was stored.");
        }
        List<LineError> errors = new ArrayList<>(file.errors());
        List<SubmittedAnswer> rows = checked(screening, file.rows(), errors);
        if (!errors.isEmpty()) {
            throw invalidLines(errors);
        }
        return accept(screening, rows);
    }

    /** Stores checked answers (an upload's, or an invitation's submission) and hands their gradings over. */
    public Accepted accept(Screening screening, List<SubmittedAnswer> rows) {
        List<ScreeningAnswer> toEnqueue = QuarkusTransaction.requiringNew()
                .call(() -> {
                    Screening locked = screenings.lock(screening.id);
                    Screenings.requireOpen(locked);
                    return storeLocked(locked, rows);
                });
        handOver(toEnqueue);
        return new Accepted(rows.size(),
                (int) rows.stream().map(SubmittedAnswer::candidateRef).distinct().count());
    }

    /** The rows with their references tidied; what is wrong with the others goes to {@code errors}. */
    public List<SubmittedAnswer> checked(Screening screening, List<SubmittedAnswer> rows, List<LineError> errors) {
        Map<String, Integer> seen = new HashMap<>();
        List<SubmittedAnswer> good = new ArrayList<>();
        for (SubmittedAnswer row : rows) {
            List<String> problems = new ArrayList<>();
            String ref = row.candidateRef().strip();
            if (ref.isEmpty() || ref.length() > 200) {
                problems.add("candidateRef: must be 1 to 200 characters");
            } else if (CONTROL.matcher(ref).find()) {
                problems.add("candidateRef: must not contain control characters");
            } else if (ScreeningCandidate.ALIAS.matcher(ref).matches()) {
                problems.add("candidateRef: '" + ref + "' has the form of a blind alias; use another reference");
            }
            String questionId = row.questionId().strip();
            if (!screening.questionIds.contains(questionId)) {
                problems.add("questionId: '" + shorten(questionId) + "' is not one of this screening's questions");
            }
            String answer = row.answer();
            if (answer.isBlank() || answer.length() > grading.maxAnswerChars()) {
                problems.add("answer: must be 1 to " + grading.maxAnswerChars() + " characters and not blank (got "
                        + answer.length() + ")");
            }
            for (String text : List.of(row.candidateRef(), row.questionId(), answer)) {
                String problem = CheckedText.problemWith(text);
                if (problem != null) {
                    problems.add(problem);
                    break;
                }
            }
            Integer earlier = problems.isEmpty() ? seen.putIfAbsent(ref + "\u0000" + questionId, row.line()) : null;
            if (earlier != null) {
                problems.add("candidate '" + ref + "' answers " + questionId + " already on line " + earlier);
            }
            problems.forEach(p -> errors.add(new LineError(row.line(), p)));
            if (problems.isEmpty()) {
                good.add(new SubmittedAnswer(row.line(), ref, questionId, answer));
            }
        }
        return good;
    }

    /** Hands stored answers to the job engine; call after the transaction that stored them committed. */
    public void handOver(List<ScreeningAnswer> stored) {
        dispatcher.enqueue(stored);
    }

    /** The candidate, with the next alias if new; call inside a transaction holding the screening's lock. */
    public ScreeningCandidate registerCandidate(Screening locked, String candidateRef) {
        return candidates.findByIdOptional(new ScreeningCandidate.Key(locked.id, candidateRef)).orElseGet(() -> {
            ScreeningCandidate c = new ScreeningCandidate();
            c.screeningId = locked.id;
            c.candidateRef = candidateRef;
            c.aliasNo = candidates.nextAliasNo(locked.id);
            c.createdAt = OffsetDateTime.now();
            candidates.persist(c);
            candidates.flush();
            return c;
        });
    }

    /**
     * Stores checked answers as ungraded evaluations of the screening, or a conflict naming the lines
     * whose earlier answer is graded or being graded (then nothing is stored). Call inside a
     * transaction holding the screening's lock ({@link Screenings#lock}); hand the result over after it commits.
     */
    public List<ScreeningAnswer> storeLocked(Screening screening, List<SubmittedAnswer> rows) {
        UUID screeningId = screening.id;
        Map<String, ScreeningCandidate> known = screenings.candidates(screeningId);
        Map<String, ScreeningAnswer> stored = new HashMap<>();
        answers.list("screeningId", screeningId).forEach(a -> stored.put(a.candidateRef + "\u0000" + a.questionId, a));
        Map<UUID, Evaluation> replaced = new HashMap<>();
        List<LineError> conflicts = new ArrayList<>();
        for (SubmittedAnswer row : rows) {
            ScreeningAnswer earlier = stored.get(row.candidateRef() + "\u0000" + row.questionId());
            if (earlier != null) {
                Evaluation e = evaluationRows.findById(earlier.evaluationId, LockModeType.PESSIMISTIC_WRITE);
                if (!replaceable(e)) {
                    conflicts.add(new LineError(row.line(), "candidate '" + row.candidateRef() + "' answered "
                            + row.questionId() + " before and that answer is " + (e.status == EvaluationStatus.UNGRADED
                                    ? "being graded" : "graded") + "; it cannot be replaced"));
                }
                replaced.put(e.id, e);
            }
        }
        if (!conflicts.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Answers already graded",
                    detail(conflicts), Map.of("errors", sorted(conflicts)));
        }
        Viewer owner = new Viewer(screening.ownerRef, true);
        int nextAlias = candidates.nextAliasNo(screeningId);
        List<ScreeningAnswer> toEnqueue = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (SubmittedAnswer row : rows) {
            ScreeningCandidate candidate = known.get(row.candidateRef());
            if (candidate == null) {
                candidate = new ScreeningCandidate();
                candidate.screeningId = screeningId;
                candidate.candidateRef = row.candidateRef();
                candidate.aliasNo = nextAlias++;
                candidate.createdAt = now;
                candidates.persist(candidate);
                known.put(candidate.candidateRef, candidate);
            }
            ScreeningAnswer earlier = stored.get(row.candidateRef() + "\u0000" + row.questionId());
            if (earlier != null) {
                Evaluation e = replaced.get(earlier.evaluationId);
                e.answer = row.answer();
                e.answerHash = Hashes.sha256(row.answer());
                e.cacheKey = evaluations.prepareQueued(row.questionId(), row.candidateRef(), row.answer(),
                        screening.grader, owner).cacheKey;
                if (!earlier.enqueued && !earlier.budgetHeld) {
                    toEnqueue.add(earlier);
                }
                continue;
            }
            Evaluation e = evaluations.prepareQueued(row.questionId(), row.candidateRef(), row.answer(),
                    screening.grader, owner);
            e.screeningId = screeningId;
            e.candidateAlias = candidate.alias();
            e.candidateHidden = candidate.hidden(screening);
            evaluationRows.persist(e);
            ScreeningAnswer answer = new ScreeningAnswer();
            answer.evaluationId = e.id;
            answer.screeningId = screeningId;
            answer.candidateRef = row.candidateRef();
            answer.questionId = row.questionId();
            answer.createdAt = now;
            answers.persist(answer);
            stored.put(row.candidateRef() + "\u0000" + row.questionId(), answer);
            toEnqueue.add(answer);
        }
        return toEnqueue;
    }

    /** Not graded, no grading begun or held by a worker: budget-held answers wait unclaimed too. */
    private static boolean replaceable(Evaluation e) {
        return e.status == EvaluationStatus.UNGRADED && e.attempts == 0
                && (e.nextAttemptAt == null || e.nextAttemptAt.isBefore(OffsetDateTime.now()));
    }

    static DomainException invalidLines(List<LineError> errors) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "Invalid submissions file",
                detail(errors), Map.of("errors", sorted(errors)));
    }

    private static List<LineError> sorted(List<LineError> errors) {
        return errors.stream().sorted(Comparator.comparingInt(LineError::line)).limit(1000).toList();
    }

    private static String detail(List<LineError> errors) {
        List<LineError> sorted = sorted(errors);
        String listed = sorted.stream().limit(20).map(e -> "line " + e.line() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return errors.size() + " error(s); nothing was stored: " + listed + (errors.size() > 20 ? "; …" : "");
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
