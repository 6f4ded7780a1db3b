-- Rubric versions: the findings of an LLM's audit of the model answer (for the reviewer), and who
-- approved a version when. A version's content never changes; only its status and active flag do.
ALTER TABLE rubric_version ADD COLUMN audit JSONB NOT NULL DEFAULT '[]';
ALTER TABLE rubric_version ADD COLUMN approved_by TEXT;
ALTER TABLE rubric_version ADD COLUMN approved_at TIMESTAMPTZ;

-- Model answers drafted by an LLM for questions that have none: never graded against until a person
-- approves one, which copies it onto the question.
CREATE TABLE model_answer_draft (
    id           BIGSERIAL PRIMARY KEY,
    question_id  TEXT        NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    text         TEXT        NOT NULL,
    notes        TEXT,
    status       TEXT        NOT NULL,
    model        TEXT,
    prompts      JSONB       NOT NULL DEFAULT '{}',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    approved_by  TEXT,
    approved_at  TIMESTAMPTZ
);
CREATE INDEX model_answer_draft_question ON model_answer_draft (question_id, created_at);
