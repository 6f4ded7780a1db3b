package dev.viva.calibration.run;

import dev.viva.calibration.dataset.DatasetAnswer;
import dev.viva.support.DomainException;
import dev.viva.question.ModelAnswerOrigin;
import dev.viva.question.Question;
import dev.viva.question.QuestionRepository;
import dev.viva.support.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The questions of a labelled data set, kept in a bank of their own (never the interview bank), so that
 * they never show up among interview questions. A question already in the bank is reused; its reference
 * answer is updated if the file brings a different one.
 */
@ApplicationScoped
public class CalibrationBank {

    private final QuestionRepository questions;

    public CalibrationBank(QuestionRepository questions) {
        this.questions = questions;
    }

    /** Viva question id of each data set question id; call inside a transaction. */
    public Map<String, String> ensureQuestions(String bank, String document, List<DatasetAnswer> answers) {
        Map<String, DatasetAnswer> first = new LinkedHashMap<>();
        answers.forEach(a -> first.putIfAbsent(a.questionId(), a));
        Map<String, String> ids = new HashMap<>();
        Map<String, String> taken = new HashMap<>();
        int position = 0;
        for (DatasetAnswer a : first.values()) {
            String id = bank + "." + slug(a.questionId());
            if (taken.containsKey(id)) {
                id = id + "-" + Hashes.sha256(a.questionId()).substring(0, 6);
            }
            taken.put(id, a.questionId());
            ids.put(a.questionId(), id);
            store(id, bank, document, a, ++position);
        }
        return ids;
    }

    private void store(String id, String bank, String document, DatasetAnswer a, int position) {
        Question q = questions.findByIdOptional(id).orElse(null);
        OffsetDateTime now = OffsetDateTime.now();
        if (q != null && q.ownerRef != null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Question id taken",
                    "Question id '" + id + "' belongs to a question created through the API by " + q.ownerRef
                            + "; choose another bank name.");
        }
        if (q != null && !bank.equals(q.bank)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Question id taken",
                    "Question id '" + id + "' already belongs to bank '" + q.bank + "'; choose another bank name.");
        }
        if (q == null) {
            q = new Question();
            q.id = id;
            q.bank = bank;
            q.createdAt = now;
        } else if (a.referenceAnswer().equals(q.modelAnswer) && a.question().equals(q.text)) {
            return;
        }
        q.text = a.question();
        q.topic = "calibration";
        q.sourceDocument = document;
        q.sourceLocation = "line " + a.line() + ", question_id " + a.questionId();
        q.sourcePosition = position;
        q.documentModelAnswer = a.referenceAnswer();
        q.modelAnswer = a.referenceAnswer();
        q.modelAnswerOrigin = ModelAnswerOrigin.DOCUMENT;
        q.updatedAt = now;
        questions.persist(q);
    }

    static String slug(String s) {
        String slug = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "q" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
