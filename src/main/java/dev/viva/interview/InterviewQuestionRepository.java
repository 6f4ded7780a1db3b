package dev.viva.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InterviewQuestionRepository implements PanacheRepository<InterviewQuestion> {

    public List<InterviewQuestion> of(UUID interviewId) {
        return list("interviewId = ?1 order by position", interviewId);
    }

    public InterviewQuestion at(UUID interviewId, int position) {
        return find("interviewId = ?1 and position = ?2", interviewId, position).firstResult();
    }
}
