-- Sign-in, roles and review (V40-V49 belong to review).

-- People who sign in to the web UI (form login). Passwords are bcrypt hashes in modular crypt format.
CREATE TABLE app_user (
    id             BIGSERIAL PRIMARY KEY,
    username       TEXT        NOT NULL UNIQUE,
    password_hash  TEXT        NOT NULL,
    role           TEXT        NOT NULL CHECK (role IN ('admin', 'reviewer', 'client')),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- API keys: only the SHA-256 of the key is stored; the key itself is shown once on creation.
CREATE TABLE api_key (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    key_hash    TEXT        NOT NULL UNIQUE,
    key_prefix  TEXT        NOT NULL,
    role        TEXT        NOT NULL CHECK (role IN ('admin', 'reviewer', 'client')),
    created_by  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ
);

-- The reviewed result sits beside the machine result, which is never overwritten.
ALTER TABLE evaluation
    ADD COLUMN reviewed_score    NUMERIC(5, 2),
    ADD COLUMN reviewed_criteria JSONB,
    ADD COLUMN reviewed_by       TEXT,
    ADD COLUMN reviewed_at       TIMESTAMPTZ;
CREATE INDEX evaluation_client ON evaluation (client_ref, created_at);

-- The audit trail of reviews: append-only (an UPDATE is refused by the trigger below).
CREATE TABLE review_entry (
    id              BIGSERIAL PRIMARY KEY,
    evaluation_id   UUID        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    action          TEXT        NOT NULL,
    criterion_id    TEXT,
    before_verdict  TEXT,
    after_verdict   TEXT,
    reason          TEXT,
    score_before    NUMERIC(5, 2),
    score_after     NUMERIC(5, 2),
    reviewer        TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX review_entry_evaluation ON review_entry (evaluation_id, id);

CREATE FUNCTION review_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'review_entry is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER review_entry_no_update BEFORE UPDATE ON review_entry
    FOR EACH ROW EXECUTE FUNCTION review_entry_append_only();
