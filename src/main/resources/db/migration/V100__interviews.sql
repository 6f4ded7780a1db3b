-- Mock interviews (V100-V109 belong to interviews): a learner answers questions one at a time, is asked at
-- most one follow-up per question, and gets a report once the interview is finished.

-- owner_ref is who runs the interview (the learner's own user name, or the client API key's principal);
-- learner_ref is the learner as that owner names them. A learner's history is (owner_ref, learner_ref).
CREATE TABLE interview (
    id                  UUID PRIMARY KEY,
    owner_ref           TEXT             NOT NULL,
    learner_ref         TEXT             NOT NULL,
    topic               TEXT,
    follow_ups          BOOLEAN          NOT NULL,
    grader              TEXT,
    time_limit_seconds  INTEGER CHECK (time_limit_seconds > 0),
    follow_up_credit    DOUBLE PRECISION NOT NULL,
    status              TEXT             NOT NULL CHECK (status IN ('IN_PROGRESS', 'FINISHED')),
    current_position    INTEGER          NOT NULL,
    created_at          TIMESTAMPTZ      NOT NULL,
    finished_at         TIMESTAMPTZ
);
CREATE INDEX interview_learner ON interview (owner_ref, learner_ref, created_at);

-- One row per question of an interview, in the order asked. The answer itself is the evaluation's; a
-- follow-up (its text, the learner's answer to it, and its verdict on the one criterion) is kept as JSON.
CREATE TABLE interview_question (
    id             BIGSERIAL PRIMARY KEY,
    interview_id   UUID        NOT NULL REFERENCES interview (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    question_id    TEXT        NOT NULL REFERENCES question (id),
    topic          TEXT,
    shown_at       TIMESTAMPTZ,
    evaluation_id  UUID REFERENCES evaluation (id) ON DELETE SET NULL,
    answered_at    TIMESTAMPTZ,
    late           BOOLEAN     NOT NULL DEFAULT false,
    follow_up      JSONB,
    UNIQUE (interview_id, position)
);
CREATE INDEX interview_question_question ON interview_question (question_id, answered_at);
