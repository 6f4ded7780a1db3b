package dev.viva.question;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    /** Questions of a bank that are not retired, as reviewers see them; see {@link #search(String, String, String, Viewer, boolean)}. */
    public PanacheQuery<Question> search(String bank, String topic, String text) {
        return search(bank, topic, text, null, false);
    }

    /**
     * Questions of a bank in document order (then questions created through the API, by id), optionally
     * of one topic (case-insensitive) and containing a text, only those {@code viewer} sees (null: all),
     * and without the retired ones unless asked for.
     */
    public PanacheQuery<Question> search(String bank, String topic, String text, Viewer viewer,
            boolean includeRetired) {
        StringBuilder where = new StringBuilder("bank = :bank");
        Parameters params = Parameters.with("bank", bank);
        if (viewer != null && !viewer.seesAll()) {
            where.append(" and (ownerRef is null or ownerRef = :viewer)");
            params.and("viewer", viewer.principal());
        }
        if (!includeRetired) {
            where.append(" and retiredAt is null");
        }
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

    /** The question, if it exists for {@code viewer}. */
    public Optional<Question> findVisible(String id, Viewer viewer) {
        return findByIdOptional(id).filter(viewer::sees);
    }

    /** Whether the bank holds a question Viva brought in (imported or from a calibration run). */
    public boolean bankHasQuestionsWithoutOwner(String bank) {
        return count("bank = ?1 and ownerRef is null", bank) > 0;
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
