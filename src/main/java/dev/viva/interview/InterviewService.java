package dev.viva.interview;

import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Starts and finishes interviews; answering is {@link InterviewAnswers}, reading {@link InterviewQueries}. */
@ApplicationScoped
public class InterviewService {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository asked;
    private final QuestionRepository questions;
    private final QuestionChoice choice;
    private final InterviewsConfig config;
    private final dev.viva.evaluation.GradingContexts contexts;

    public InterviewService(InterviewRepository interviews, InterviewQuestionRepository asked,
            QuestionRepository questions, QuestionChoice choice, InterviewsConfig config,
            dev.viva.evaluation.GradingContexts contexts) {
        this.interviews = interviews;
        this.asked = asked;
        this.questions = questions;
        this.choice = choice;
        this.config = config;
        this.contexts = contexts;
    }

    public InterviewStarted start(Caller caller, InterviewRequest request) {
        String learnerRef = caller.learnerRef(request.learnerRef());
        if (request.topic() != null && request.questionIds() != null) {
            throw DomainException.invalidInput("Give topic or questionIds, not both.");
        }
        List<String> explicit = request.questionIds();
        if (explicit != null) {
            if (new HashSet<>(explicit).size() != explicit.size()) {
                throw DomainException.invalidInput("questionIds: a question may be asked only once in an interview.");
            }
            // each one must exist for the caller, not be retired, and have an approved rubric
            explicit.forEach(id -> contexts.target(id).contextFor(caller.viewer()));
        }
        int count = request.questionCount() != null ? request.questionCount() : config.defaultQuestionCount();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<QuestionChoice.Candidate> chosen = explicit != null
                    ? explicit.stream().map(id -> new QuestionChoice.Candidate(id, questions.findById(id).topic, null)).toList()
                    : choice.choose(caller.principal(), learnerRef, request.topic(), count);
            OffsetDateTime now = OffsetDateTime.now();
            Interview interview = new Interview();
            interview.id = UUID.randomUUID();
            interview.ownerRef = caller.principal();
            interview.learnerRef = learnerRef;
            interview.topic = request.topic();
            interview.followUps = request.followUps() == null || request.followUps();
            interview.timeLimitSeconds = request.timeLimitSeconds();
            interview.grader = request.grader();
            interview.followUpCredit = config.followUpCredit();
            interview.status = InterviewStatus.IN_PROGRESS;
            interview.currentPosition = 1;
            interview.createdAt = now;
            interviews.persist(interview);
            List<InterviewQuestion> rows = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                InterviewQuestion q = new InterviewQuestion();
                q.interviewId = interview.id;
                q.position = i + 1;
                q.questionId = chosen.get(i).questionId();
                q.topic = chosen.get(i).topic();
                q.shownAt = i == 0 ? now : null;
                asked.persist(q);
                rows.add(q);
            }
            InterviewQuestion first = rows.getFirst();
            return new InterviewStarted(interview.id, interview.status, learnerRef, rows.size(),
                    interview.timeLimitSeconds, prompt(interview, first, questions.findById(first.questionId)));
        });
    }

    /** Ends the interview now (a finished one stays as it is); the questions not answered score 0. */
    public void finish(Caller caller, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = interviews.lock(id).filter(caller::reads)
                    .orElseThrow(() -> DomainException.notFound("Interview", id.toString()));
            if (interview.inProgress()) {
                finish(interview);
            }
        });
    }

    static void finish(Interview interview) {
        interview.status = InterviewStatus.FINISHED;
        interview.finishedAt = OffsetDateTime.now();
    }

    static Prompt prompt(Interview interview, InterviewQuestion q, Question question) {
        if (q.awaitingFollowUpAnswer()) {
            return Prompt.followUp(q.followUp.text(), q.followUp.criterionId(),
                    deadline(interview, q.followUp.askedAt()));
        }
        return Prompt.question(q.position, q.questionId, question.text, q.topic, deadline(interview, q.shownAt));
    }

    static OffsetDateTime deadline(Interview interview, OffsetDateTime shown) {
        return interview.timeLimitSeconds == null || shown == null ? null : shown.plusSeconds(interview.timeLimitSeconds);
    }
}
