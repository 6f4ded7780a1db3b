package dev.viva.question;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    /** Questions of a bank in document order, optionally of one topic (case-insensitive) and containing a text. */
    public PanacheQuery<Question> search(String bank, String topic, String text) {
        StringBuilder where = new StringBuilder("bank = :bank");
        Parameters params = Parameters.with("bank", bank);
        if (topic != null && !topic.isBlank()) {
            where.append(" and lower(topic) = :topic");
            params.and("topic", topic.strip().toLowerCase(Locale.ROOT));
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (lower(text) like :q escape '\\' or lower(coalesce(topic, '')) like :q escape '\\')");
            params.and("q", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return find(where.toString(), Sort.by("sourceDocument").and("sourcePosition").and("id"), params);
    }

    public List<Question> findByDocument(String bank, String document) {
        return list("bank = ?1 and sourceDocument = ?2", Sort.by("sourcePosition"), bank, document);
    }

    public List<Question> findByBank(String bank) {
        return list("bank", bank);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
