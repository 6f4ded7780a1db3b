package dev.viva.calibration.run;

import dev.viva.calibration.CalibrationResults;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One calibration run: its options, its progress while it runs, its figures when it ends. */
@Entity
@Table(name = "calibration_run")
public class CalibrationRun {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RunStatus status;

    @Column(name = "file_name")
    public String fileName;

    public String bank;

    /** offline or llm. */
    public String grader;

    /** Who wrote the rubrics: offline (the offline builder) or llm (the LLM rubric writer). */
    @Column(name = "rubric_builder")
    public String rubricBuilder;

    /** none, linear or isotonic. */
    public String mapping;

    public long seed;

    @Column(name = "sample_limit")
    public Integer sampleLimit;

    public int total;

    public int done;

    @Column(name = "failed_items")
    public int failedItems;

    @Column(name = "rate_per_second")
    public Double ratePerSecond;

    @Column(name = "eta_seconds")
    public Double etaSeconds;

    public String error;

    /** Grader, model, settings, prompt hashes, rubric origin and versions that produced the scores. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> provenance = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public CalibrationResults results;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
