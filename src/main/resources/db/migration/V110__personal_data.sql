-- Personal data (V110-V119 belong to it): retention, erasure and what stays without the person.

-- A screening is closed when the hiring team is done with it; its answers expire retention_days after
-- that (null: viva.retention.screenings). purged_at: when retention deleted its candidates' data.
ALTER TABLE screening ADD COLUMN retention_days INTEGER CHECK (retention_days > 0);
ALTER TABLE screening ADD COLUMN closed_at TIMESTAMPTZ;
ALTER TABLE screening ADD COLUMN purged_at TIMESTAMPTZ;

-- What the figures need of a deleted evaluation, without the person: no id, no reference, no text.
-- Verdicts are criterion ids and verdicts only; dates are days. Live agreement and the scores per
-- question read these rows beside the evaluations that remain.
CREATE TABLE anonymous_grading (
    id                BIGSERIAL PRIMARY KEY,
    question_id       TEXT             NOT NULL,
    rubric_version    INTEGER          NOT NULL,
    prompt_hash       TEXT             NOT NULL,
    model             TEXT             NOT NULL,
    grader            TEXT             NOT NULL,
    status            TEXT             NOT NULL,
    score             NUMERIC(5, 2),
    reviewed_score    NUMERIC(5, 2),
    verdicts          JSONB            NOT NULL,
    reviewed_verdicts JSONB,
    graded_on         DATE,
    reviewed_on       DATE,
    removed_by        TEXT             NOT NULL CHECK (removed_by IN ('retention', 'erasure')),
    removed_on        DATE             NOT NULL
);
CREATE INDEX anonymous_grading_question ON anonymous_grading (question_id);
CREATE INDEX anonymous_grading_reviewed ON anonymous_grading (reviewed_on) WHERE reviewed_on IS NOT NULL;

-- An erasure (GDPR Art. 17) of everything tied to one reference. While it runs the reference is kept so
-- that it can resume after a crash; once done only the tombstone stays: who, when, how many records.
CREATE TABLE person_erasure (
    id            UUID PRIMARY KEY,
    person_ref    TEXT,
    status        TEXT        NOT NULL CHECK (status IN ('running', 'done')),
    counts        JSONB       NOT NULL DEFAULT '{}',
    requested_by  TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    heartbeat_at  TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    CHECK (status = 'running' OR person_ref IS NULL)
);
CREATE INDEX person_erasure_running ON person_erasure (heartbeat_at) WHERE status = 'running';

-- Each retention run, with what it deleted.
CREATE TABLE retention_run (
    id          BIGSERIAL PRIMARY KEY,
    started_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    counts      JSONB       NOT NULL
);
