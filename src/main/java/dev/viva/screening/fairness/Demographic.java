package dev.viva.screening.fairness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A candidate's demographic category, kept apart from the answers: never graded, never shown to reviewers. */
@Entity
@Table(name = "screening_demographic")
@IdClass(dev.viva.screening.ScreeningCandidate.Key.class)
public class Demographic {

    @Id
    @Column(name = "screening_id")
    public UUID screeningId;

    @Id
    @Column(name = "candidate_ref")
    public String candidateRef;

    public String category;
}
