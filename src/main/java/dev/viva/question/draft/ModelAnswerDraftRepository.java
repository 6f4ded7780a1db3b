package dev.viva.question.draft;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ModelAnswerDraftRepository implements PanacheRepository<ModelAnswerDraft> {
}
