package dev.viva.bank.authoring;

import dev.viva.question.QuestionRepository;
import dev.viva.question.importer.Slugs;
import dev.viva.support.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Ids for questions created through the API. An id is never reused, not even a retired question's,
 * since stored evaluations and rubric versions cite it.
 */
@ApplicationScoped
public class QuestionIds {

    /** Paths under /api/questions that are not questions. */
    static final Set<String> RESERVED = Set.of("import", "bulk");
    /** Room left for a "-NNN" suffix when a derived id is taken. */
    private static final int SUFFIX_ROOM = 4;

    private final QuestionRepository questions;

    public QuestionIds(QuestionRepository questions) {
        this.questions = questions;
    }

    /**
     * The id asked for when it is free, or else a slug of the text in the bank's namespace
     * ({@code <bank>.<first content words>}), with -2, -3... when taken; call inside a transaction.
     *
     * @param claimed ids already given to other questions of the same request (a bulk file)
     * @throws DomainException (conflict) when the id asked for is taken
     */
    public String assign(String requested, String bank, String text, Set<String> claimed) {
        if (requested != null) {
            requireFree(requested, claimed);
            return requested;
        }
        String words = Slugs.slug(text);
        String base = bank + "." + (words.isEmpty() ? "question" : words);
        if (base.length() > QuestionRequest.MAX_ID - SUFFIX_ROOM) {
            base = base.substring(0, QuestionRequest.MAX_ID - SUFFIX_ROOM).replaceAll("[.-]+$", "");
        }
        for (int n = 1;; n++) {
            String id = n == 1 ? base : base + "-" + n;
            if (!taken(id, claimed)) {
                return id;
            }
        }
    }

    /** @throws DomainException (conflict) naming the id when a question (or a path) already has it */
    public void requireFree(String id, Set<String> claimed) {
        if (taken(id, claimed)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Question id taken", "id: '" + id
                    + "' is already used by a question (ids are never reused, not even a retired question's);"
                    + " choose another id or leave it out to have one derived from the text.");
        }
    }

    private boolean taken(String id, Set<String> claimed) {
        return RESERVED.contains(id) || claimed.contains(id) || questions.count("id", id) > 0;
    }
}
