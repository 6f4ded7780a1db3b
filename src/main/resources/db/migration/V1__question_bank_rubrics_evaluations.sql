-- Viva's core schema: the question bank, rubric versions and evaluations.
-- Migrations V10-V19 belong to the question bank, V20-V29 to rubrics,
-- V30-V39 to grading and evaluations, so parallel work never collides.

CREATE TABLE source_document (
    id            BIGSERIAL PRIMARY KEY,
    name          TEXT        NOT NULL UNIQUE,
    bank          TEXT        NOT NULL,
    content_hash  TEXT        NOT NULL,
    repairs       JSONB       NOT NULL DEFAULT '[]',
    imported_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE question (
    id                     TEXT PRIMARY KEY,
    bank                   TEXT        NOT NULL,
    text                   TEXT        NOT NULL,
    topic                  TEXT,
    source_document        TEXT        NOT NULL,
    source_location        TEXT        NOT NULL,
    document_model_answer  TEXT,
    model_answer           TEXT,
    model_answer_origin    TEXT        NOT NULL,
    model_answer_note      TEXT,
    duplicate_of           TEXT,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX question_bank_topic ON question (bank, topic);

CREATE TABLE rubric_version (
    id            BIGSERIAL PRIMARY KEY,
    question_id   TEXT        NOT NULL REFERENCES question (id),
    version       INTEGER     NOT NULL,
    status        TEXT        NOT NULL,
    active        BOOLEAN     NOT NULL DEFAULT false,
    origin        TEXT        NOT NULL,
    content       JSONB       NOT NULL,
    content_hash  TEXT        NOT NULL,
    created_by    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (question_id, version)
);
CREATE UNIQUE INDEX rubric_version_one_active ON rubric_version (question_id) WHERE active;

CREATE TABLE evaluation (
    id                  UUID PRIMARY KEY,
    question_id         TEXT        NOT NULL REFERENCES question (id),
    candidate_ref       TEXT,
    client_ref          TEXT,
    answer              TEXT        NOT NULL,
    answer_hash         TEXT        NOT NULL,
    requested_grader    TEXT        NOT NULL,
    status              TEXT        NOT NULL,
    score               NUMERIC(5, 2),
    criteria            JSONB,
    feedback            JSONB,
    flags               JSONB       NOT NULL DEFAULT '[]',
    confidence          DOUBLE PRECISION,
    provenance          JSONB,
    rubric_version_id   BIGINT REFERENCES rubric_version (id),
    cache_key           TEXT,
    cached_from         UUID,
    idempotency_key     TEXT UNIQUE,
    previous_id         UUID REFERENCES evaluation (id),
    attempts            INTEGER     NOT NULL DEFAULT 0,
    last_error          TEXT,
    next_attempt_at     TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    graded_at           TIMESTAMPTZ
);
CREATE INDEX evaluation_question ON evaluation (question_id, created_at);
CREATE INDEX evaluation_status ON evaluation (status, next_attempt_at);
CREATE INDEX evaluation_cache_key ON evaluation (cache_key) WHERE cache_key IS NOT NULL;
