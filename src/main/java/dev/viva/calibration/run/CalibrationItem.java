package dev.viva.calibration.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One labelled answer of a run: the human score, and once graded Viva's 0-100 and its mapped score. */
@Entity
@Table(name = "calibration_item")
public class CalibrationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "run_id")
    public UUID runId;

    /** Line of the uploaded file, from 1. */
    public int line;

    /** Viva's question (in the run's bank). */
    @Column(name = "question_id")
    public String questionId;

    @Column(name = "dataset_question_id")
    public String datasetQuestionId;

    public String answer;

    @Column(name = "human_score")
    public double humanScore;

    @Column(name = "max_score")
    public double maxScore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "grader_scores")
    public List<Double> graderScores = new ArrayList<>();

    /** fit or evaluation. */
    public String split;

    @Column(name = "viva_score")
    public Double vivaScore;

    @Column(name = "mapped_score")
    public Double mappedScore;

    @Column(name = "rubric_version_id")
    public Long rubricVersionId;

    /** Why grading failed (the LLM was unavailable), never a made-up score. */
    public String error;
}
