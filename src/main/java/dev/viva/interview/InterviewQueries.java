package dev.viva.interview;

import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.rubric.model.Criterion;
import dev.viva.support.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads interviews for the learner: the running view (never the answer key), the report once finished, and a
 * learner's progress per topic. Another learner's interview does not exist for the caller.
 */
@ApplicationScoped
public class InterviewQueries {

    static final String NO_TOPIC = "(no topic)";

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository asked;
    private final QuestionRepository questions;
    private final QuestionResults results;
    private final QuestionChoice choice;

    public InterviewQueries(InterviewRepository interviews, InterviewQuestionRepository asked,
            QuestionRepository questions, QuestionResults results, QuestionChoice choice) {
        this.interviews = interviews;
        this.asked = asked;
        this.questions = questions;
        this.results = results;
        this.choice = choice;
    }

    public InterviewView view(Caller caller, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = readable(caller, id);
            List<InterviewQuestion> rows = asked.of(id);
            List<InterviewView.Asked> done = new ArrayList<>();
            Prompt current = null;
            for (InterviewQuestion q : rows) {
                Question question = questions.findById(q.questionId);
                if (interview.inProgress() && q.position == interview.currentPosition) {
                    current = InterviewService.prompt(interview, q, question);
                }
                if (!q.answered()) {
                    continue;
                }
                QuestionResults.Result r = results.of(interview, q);
                done.add(new InterviewView.Asked(q.position, q.questionId, question.text, q.topic, q.evaluationId, q.late,
                        r.feedback(), followUpView(r)));
            }
            return new InterviewView(interview.id, interview.status, interview.learnerRef, interview.topic,
                    interview.followUps, interview.timeLimitSeconds, rows.size(), interview.createdAt,
                    interview.finishedAt, current, done);
        });
    }

    /** The interviews of a learner that this caller reads, newest first. */
    public List<Interview> ofLearner(Caller caller, String learnerRef) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            String owner = caller.ownerFor(learnerRef);
            if (caller.learner() && !caller.principal().equals(learnerRef)) {
                return List.<Interview>of();
            }
            return owner == null ? interviews.list("learnerRef = ?1 order by createdAt desc", learnerRef)
                    : interviews.list("ownerRef = ?1 and learnerRef = ?2 order by createdAt desc", owner, learnerRef);
        });
    }

    public InterviewReport report(Caller caller, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = readable(caller, id);
            if (interview.inProgress()) {
                throw DomainException.conflict("Interview in progress", "The report of interview " + id
                        + " is available once it is finished: answer the last question or POST /api/interviews/" + id
                        + "/finish.");
            }
            return report(interview);
        });
    }

    private InterviewReport report(Interview interview) {
        List<QuestionResults.Result> all = asked.of(interview.id).stream().map(q -> results.of(interview, q)).toList();
        List<InterviewReport.QuestionReport> reports = all.stream().map(this::questionReport).toList();
        Map<String, List<BigDecimal>> byTopic = byTopic(all);
        Interview previous = null;
        List<InterviewReport.TopicReport> topics = new ArrayList<>();
        List<Interview> earlier = interviews.list("ownerRef = ?1 and learnerRef = ?2 and status = ?3 and finishedAt < ?4"
                + " order by finishedAt desc", interview.ownerRef, interview.learnerRef, InterviewStatus.FINISHED,
                interview.finishedAt);
        for (var topic : byTopic.entrySet()) {
            BigDecimal mean = QuestionResults.mean(topic.getValue());
            BigDecimal before = null;
            UUID beforeId = null;
            for (Interview e : earlier) {
                List<BigDecimal> scores = byTopic(asked.of(e.id).stream().map(q -> results.of(e, q)).toList())
                        .get(topic.getKey());
                if (scores != null && QuestionResults.mean(scores) != null) {
                    before = QuestionResults.mean(scores);
                    beforeId = e.id;
                    break;
                }
            }
            topics.add(new InterviewReport.TopicReport(topic.getKey(), topic.getValue().size(), mean, before,
                    mean != null && before != null ? mean.subtract(before) : null, beforeId));
        }
        int followUps = (int) all.stream().filter(r -> r.question().followUp != null).count();
        int metAfter = (int) all.stream().filter(r -> r.question().followUp != null
                && r.question().followUp.metAfterFollowUp()).count();
        var overall = new InterviewReport.Overall(QuestionResults.mean(all.stream().map(QuestionResults.Result::score).toList()),
                all.size(), (int) all.stream().filter(QuestionResults.Result::answered).count(),
                (int) all.stream().filter(r -> r.question().late).count(), followUps, metAfter);
        return new InterviewReport(interview.id, interview.learnerRef, interview.topic, interview.status,
                interview.createdAt, interview.finishedAt, interview.followUpCredit, overall, reports, topics);
    }

    private InterviewReport.QuestionReport questionReport(QuestionResults.Result r) {
        InterviewQuestion q = r.question();
        Question question = questions.findById(q.questionId);
        FollowUp f = q.followUp;
        List<InterviewReport.CriterionReport> criteria = r.criteria().stream()
                .filter(c -> c.kind() != dev.viva.rubric.model.CriterionKind.PENALTY
                        || c.verdict() == dev.viva.grading.Verdict.MET)
                .map(c -> {
                    boolean asked = f != null && f.criterionId().equals(c.criterionId());
                    return new InterviewReport.CriterionReport(c.criterionId(), title(r, c.criterionId()),
                            c.kind().name().toLowerCase(java.util.Locale.ROOT), c.verdict(), asked ? f.verdict() : null,
                            asked && f.metAfterFollowUp());
                }).toList();
        var followUp = f == null ? null : new InterviewReport.FollowUpReport(f.criterionId(), title(r, f.criterionId()),
                f.text(), f.source(), f.answeredAt() != null, f.late(), f.verdict(), f.metAfterFollowUp());
        var fb = r.feedback();
        return new InterviewReport.QuestionReport(q.position, q.questionId, question.text, q.topic, r.answered(),
                q.evaluationId, r.evaluation() == null ? null : r.evaluation().status.name().toLowerCase(java.util.Locale.ROOT),
                r.score(), q.late, criteria, fb == null ? List.of() : fb.strengths(), fb == null ? List.of() : fb.missing(),
                fb == null ? null : fb.nextStep(), followUp,
                r.context() != null ? r.context().modelAnswer() : question.modelAnswer);
    }

    private static String title(QuestionResults.Result r, String criterionId) {
        return r.context() == null ? criterionId
                : r.context().rubric().criterion(criterionId).map(Criterion::title).orElse(criterionId);
    }

    private static Map<String, List<BigDecimal>> byTopic(List<QuestionResults.Result> all) {
        Map<String, List<BigDecimal>> byTopic = new LinkedHashMap<>();
        all.forEach(r -> byTopic.computeIfAbsent(r.question().topic == null ? NO_TOPIC : r.question().topic,
                t -> new ArrayList<>()).add(r.score()));
        return byTopic;
    }

    public LearnerProgress progress(Caller caller, String learnerRef) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Interview> all = ofLearner(caller, learnerRef);
            if (all.isEmpty()) {
                throw DomainException.notFound("Learner", learnerRef);
            }
            List<Interview> finished = all.stream().filter(i -> !i.inProgress())
                    .sorted(java.util.Comparator.comparing(i -> i.finishedAt)).toList();
            Map<String, List<LearnerProgress.Point>> byTopic = new java.util.TreeMap<>();
            for (Interview interview : finished) {
                var scores = byTopic(asked.of(interview.id).stream().map(q -> results.of(interview, q)).toList());
                scores.forEach((topic, list) -> byTopic.computeIfAbsent(topic, t -> new ArrayList<>())
                        .add(new LearnerProgress.Point(interview.id, interview.finishedAt, QuestionResults.mean(list),
                                list.size())));
            }
            List<LearnerProgress.TopicProgress> topics = byTopic.entrySet().stream().map(t -> {
                List<BigDecimal> known = t.getValue().stream().map(LearnerProgress.Point::meanScore)
                        .filter(java.util.Objects::nonNull).toList();
                BigDecimal change = known.size() < 2 ? null : known.getLast().subtract(known.getFirst());
                return new LearnerProgress.TopicProgress(t.getKey(), t.getValue(), change);
            }).toList();
            return new LearnerProgress(learnerRef, finished.size(), topics);
        });
    }

    /** The topics an interview can be about for this caller, with their number of questions. */
    public Map<String, Integer> topics(Caller caller) {
        return QuarkusTransaction.requiringNew().call(() -> choice.topics(caller.principal()));
    }

    private Interview readable(Caller caller, UUID id) {
        return interviews.findByIdOptional(id).filter(caller::reads)
                .orElseThrow(() -> DomainException.notFound("Interview", id.toString()));
    }

    private InterviewView.FollowUpView followUpView(QuestionResults.Result r) {
        FollowUp f = r.question().followUp;
        return f == null ? null : new InterviewView.FollowUpView(f.criterionId(), title(r, f.criterionId()), f.text(),
                f.answeredAt() != null, f.late(), f.verdict(), f.metAfterFollowUp());
    }
}
