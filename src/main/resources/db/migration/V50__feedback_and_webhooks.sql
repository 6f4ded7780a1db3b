-- Learner-safe feedback and webhook delivery (V50-V59 belong to the feedback API).

-- Where the result of an asynchronous grading goes, and the language the learner asked for.
ALTER TABLE evaluation
    ADD COLUMN callback_url  TEXT,
    ADD COLUMN feedback_lang TEXT;

-- Each client key signs its webhooks with its own secret (whsec_<base64>); it is needed to sign, so it
-- is stored as is, and shown once when the key is created or rotated. Hosts its callbacks may go to.
ALTER TABLE api_key
    ADD COLUMN webhook_secret        TEXT,
    ADD COLUMN webhook_allowed_hosts TEXT;

-- One row per message (Standard Webhooks: the same webhook-id across its attempts).
CREATE TABLE webhook_delivery (
    id               TEXT PRIMARY KEY,
    evaluation_id    UUID        NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    client_ref       TEXT        NOT NULL,
    url              TEXT        NOT NULL,
    event_type       TEXT        NOT NULL,
    payload          TEXT        NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INT         NOT NULL DEFAULT 0,
    last_status_code INT,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_attempt_at  TIMESTAMPTZ,
    delivered_at     TIMESTAMPTZ
);
CREATE INDEX webhook_delivery_client ON webhook_delivery (client_ref, created_at DESC);
CREATE INDEX webhook_delivery_evaluation ON webhook_delivery (evaluation_id);
