-- Hiring screenings (V90-V99 belong to screenings): many candidates' answers to a set of questions,
-- graded as jobs on the job engine, ranked, reviewed blind, decided, exported and audited.
CREATE TABLE screening (
    id            UUID PRIMARY KEY,
    name          TEXT        NOT NULL,
    question_ids  JSONB       NOT NULL,
    grader        TEXT        NOT NULL,
    blind         BOOLEAN     NOT NULL,
    -- the most the screening's model calls may cost; null: viva.screening.budget
    budget        NUMERIC(16, 6),
    -- dispatching stopped because the recorded cost reached the budget
    paused_budget BOOLEAN     NOT NULL DEFAULT FALSE,
    unblinded_by  TEXT,
    unblinded_at  TIMESTAMPTZ,
    owner_ref     TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

-- A candidate of a screening: the alias reviewers see while it is blind, and the decision.
CREATE TABLE screening_candidate (
    screening_id    UUID        NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    candidate_ref   TEXT        NOT NULL,
    alias_no        INTEGER     NOT NULL,
    decision        TEXT,
    decision_reason TEXT,
    decided_by      TEXT,
    decided_at      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (screening_id, candidate_ref),
    UNIQUE (screening_id, alias_no)
);

-- One answer of a screening (its evaluation) and its dispatch: the round (a new round for each
-- resume after a budget pause, so that its job id is new), whether the round's job was handed to
-- the job engine, whether it waits for budget, and who graded it.
CREATE TABLE screening_answer (
    evaluation_id  UUID        PRIMARY KEY REFERENCES evaluation (id) ON DELETE CASCADE,
    screening_id   UUID        NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    candidate_ref  TEXT        NOT NULL,
    question_id    TEXT        NOT NULL,
    round          INTEGER     NOT NULL DEFAULT 0,
    enqueued       BOOLEAN     NOT NULL DEFAULT FALSE,
    budget_held    BOOLEAN     NOT NULL DEFAULT FALSE,
    grading_starts INTEGER     NOT NULL DEFAULT 0,
    graded_by      TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    UNIQUE (screening_id, candidate_ref, question_id)
);
CREATE INDEX screening_answer_to_enqueue ON screening_answer (created_at) WHERE NOT enqueued;
CREATE INDEX screening_answer_held ON screening_answer (screening_id) WHERE budget_held;

-- Decisions, unblinding and demographics uploads: append-only.
CREATE TABLE screening_audit (
    id            BIGSERIAL PRIMARY KEY,
    screening_id  UUID        NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    candidate_ref TEXT,
    action        TEXT        NOT NULL,
    decision      TEXT,
    reason        TEXT,
    actor         TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX screening_audit_screening ON screening_audit (screening_id, at);

-- Demographic categories for the adverse-impact report, apart from the answers: never sent to a
-- grader, never shown to reviewers.
CREATE TABLE screening_demographic (
    screening_id  UUID NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    candidate_ref TEXT NOT NULL,
    category      TEXT NOT NULL,
    PRIMARY KEY (screening_id, candidate_ref)
);

-- Invitation links: the token is stored hashed; drafts are kept until the one submission.
CREATE TABLE screening_invitation (
    token_hash    TEXT PRIMARY KEY,
    screening_id  UUID        NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    candidate_ref TEXT        NOT NULL,
    drafts        JSONB       NOT NULL DEFAULT '{}',
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    spent_at      TIMESTAMPTZ
);
CREATE INDEX screening_invitation_candidate ON screening_invitation (screening_id, candidate_ref);

-- An evaluation knows its screening, and the alias to show while the screening is blind.
ALTER TABLE evaluation ADD COLUMN screening_id UUID REFERENCES screening (id);
ALTER TABLE evaluation ADD COLUMN candidate_alias TEXT;
ALTER TABLE evaluation ADD COLUMN candidate_hidden BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX evaluation_screening ON evaluation (screening_id, status) WHERE screening_id IS NOT NULL;
