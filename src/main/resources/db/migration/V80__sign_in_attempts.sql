-- Sign-in that resists guessing (V80-V89 belong to sign-in).

-- Failed sign-ins per account, per client address (form) and per client address (API keys): one row per
-- subject, shared by every instance on the database. A row is written with INSERT ... ON CONFLICT, so that
-- concurrent failures on several instances count each one.
CREATE TABLE sign_in_attempt (
    scope            TEXT        NOT NULL CHECK (scope IN ('account', 'address', 'api-key-address')),
    subject          TEXT        NOT NULL,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMPTZ NOT NULL,
    blocked_until    TIMESTAMPTZ,
    PRIMARY KEY (scope, subject)
);
CREATE INDEX sign_in_attempt_last_failure ON sign_in_attempt (last_failure_at);

-- The audit trail of sign-ins (the review trail is per evaluation, so this one stands apart). No password
-- or key is ever written here: for an API key only the first characters that tell keys apart.
CREATE TABLE sign_in_audit (
    id              BIGSERIAL PRIMARY KEY,
    method          TEXT        NOT NULL CHECK (method IN ('form', 'api-key')),
    outcome         TEXT        NOT NULL CHECK (outcome IN ('signed-in', 'failed', 'throttled')),
    principal       TEXT        NOT NULL,
    client_address  TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_audit_created ON sign_in_audit (created_at DESC, id DESC);

CREATE FUNCTION sign_in_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'sign_in_audit is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER sign_in_audit_no_update BEFORE UPDATE ON sign_in_audit
    FOR EACH ROW EXECUTE FUNCTION sign_in_audit_append_only();
