-- Calibration runs: labelled answers graded by Viva and compared with their human scores.
-- The answers and their results are stored so that a run's figures survive a restart.

CREATE TABLE calibration_run (
    id                UUID PRIMARY KEY,
    status            TEXT        NOT NULL,
    file_name         TEXT,
    bank              TEXT        NOT NULL,
    grader            TEXT        NOT NULL,
    rubric_builder    TEXT        NOT NULL DEFAULT 'offline',
    mapping           TEXT        NOT NULL,
    seed              BIGINT      NOT NULL,
    sample_limit      INTEGER,
    total             INTEGER     NOT NULL,
    done              INTEGER     NOT NULL DEFAULT 0,
    failed_items      INTEGER     NOT NULL DEFAULT 0,
    rate_per_second   DOUBLE PRECISION,
    eta_seconds       DOUBLE PRECISION,
    error             TEXT,
    provenance        JSONB,
    results           JSONB,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ
);
CREATE INDEX calibration_run_created ON calibration_run (created_at DESC);
CREATE INDEX calibration_run_status ON calibration_run (status, finished_at DESC);

CREATE TABLE calibration_item (
    id                   BIGSERIAL PRIMARY KEY,
    run_id               UUID             NOT NULL REFERENCES calibration_run (id) ON DELETE CASCADE,
    line                 INTEGER          NOT NULL,
    question_id          TEXT             NOT NULL REFERENCES question (id),
    dataset_question_id  TEXT             NOT NULL,
    answer               TEXT             NOT NULL,
    human_score          DOUBLE PRECISION NOT NULL,
    max_score            DOUBLE PRECISION NOT NULL,
    grader_scores        JSONB            NOT NULL DEFAULT '[]',
    split                TEXT             NOT NULL,
    viva_score           DOUBLE PRECISION,
    mapped_score         DOUBLE PRECISION,
    rubric_version_id    BIGINT REFERENCES rubric_version (id),
    error                TEXT
);
CREATE INDEX calibration_item_run ON calibration_item (run_id, id);
