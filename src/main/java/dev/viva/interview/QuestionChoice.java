package dev.viva.interview;

import dev.viva.question.BankConfig;
import dev.viva.rubric.model.RubricStatus;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which questions an interview asks: those of a topic, or of all topics spread evenly; the ones this
 * learner answered least recently (never answered first) come first, and none is asked twice. Only
 * questions with an approved, active rubric take part: the interview bank's and the caller's own.
 */
@ApplicationScoped
public class QuestionChoice {

    private final EntityManager em;
    private final BankConfig bank;

    public QuestionChoice(EntityManager em, BankConfig bank) {
        this.em = em;
        this.bank = bank;
    }

    /** A question that may be asked, and when this learner last answered it (null: never). */
    public record Candidate(String questionId, String topic, OffsetDateTime lastAnswered) {
    }

    /** Call inside a transaction. */
    public List<Candidate> choose(String ownerRef, String learnerRef, String topic, int count) {
        List<Candidate> pool = candidates(ownerRef, learnerRef, topic);
        if (pool.isEmpty()) {
            throw DomainException.unprocessable("No questions to ask", topic == null
                    ? "No question has an approved rubric yet."
                    : "Topic '" + topic + "' has no question with an approved rubric (topics: GET /api/interviews/topics"
                            + " lists those that have).");
        }
        Comparator<Candidate> leastRecent = Comparator
                .comparing(Candidate::lastAnswered, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::questionId);
        if (topic != null) {
            return pool.stream().sorted(leastRecent).limit(count).toList();
        }
        // Spread across topics: round-robin, each topic's least recently answered question first; the topics
        // themselves in the order of their least recently answered question.
        Map<String, Deque<Candidate>> byTopic = new LinkedHashMap<>();
        pool.stream().sorted(leastRecent).forEach(c -> byTopic
                .computeIfAbsent(c.topic() == null ? "" : c.topic(), t -> new ArrayDeque<>()).add(c));
        List<Candidate> chosen = new ArrayList<>();
        while (chosen.size() < count && !byTopic.isEmpty()) {
            var topics = byTopic.entrySet().iterator();
            while (topics.hasNext() && chosen.size() < count) {
                Deque<Candidate> next = topics.next().getValue();
                chosen.add(next.poll());
                if (next.isEmpty()) {
                    topics.remove();
                }
            }
        }
        return chosen;
    }

    /** The topics that have questions to ask, with how many; call inside a transaction. */
    public Map<String, Integer> topics(String ownerRef) {
        Map<String, Integer> topics = new TreeMap<>();
        candidates(ownerRef, null, null).forEach(c -> {
            if (c.topic() != null) {
                topics.merge(c.topic(), 1, Integer::sum);
            }
        });
        return topics;
    }

    private List<Candidate> candidates(String ownerRef, String learnerRef, String topic) {
        var query = em.createQuery("select q.id, q.topic from Question q where q.retiredAt is null and q.duplicateOf is null"
                + " and (q.bank = :bank or q.ownerRef = :owner)"
                + (topic == null ? "" : " and q.topic = :topic")
                + " and exists (select 1 from RubricVersion r where r.questionId = q.id and r.active = true"
                + " and r.status = :approved)", Object[].class)
                .setParameter("bank", bank.name()).setParameter("owner", ownerRef)
                .setParameter("approved", RubricStatus.APPROVED);
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        Map<String, OffsetDateTime> last = learnerRef == null ? Map.of() : lastAnswered(ownerRef, learnerRef);
        return query.getResultList().stream()
                .map(row -> new Candidate((String) row[0], (String) row[1], last.get((String) row[0]))).toList();
    }

    private Map<String, OffsetDateTime> lastAnswered(String ownerRef, String learnerRef) {
        Map<String, OffsetDateTime> last = new HashMap<>();
        em.createQuery("select q.questionId, max(q.answeredAt) from InterviewQuestion q, Interview i"
                + " where i.id = q.interviewId and i.ownerRef = :owner and i.learnerRef = :learner"
                + " and q.answeredAt is not null group by q.questionId", Object[].class)
                .setParameter("owner", ownerRef).setParameter("learner", learnerRef).getResultList()
                .forEach(row -> last.put((String) row[0], (OffsetDateTime) row[1]));
        return last;
    }
}
