-- Rate limits per API key (V60-V69 belong to rate limiting).

-- A key's own limits; NULL (or no row) means the configured default (viva.rate-limit.*). A row stays
-- when both are back at the default: changed_at versions the key's bucket configuration, so it may not
-- go back in time.
CREATE TABLE api_key_limit (
    api_key_id           BIGINT      PRIMARY KEY REFERENCES api_key (id) ON DELETE CASCADE,
    requests_per_minute  INT         CHECK (requests_per_minute > 0),
    gradings_in_flight   INT         CHECK (gradings_in_flight > 0),
    changed_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Bucket4j's token buckets (PostgreSQLSelectForUpdateBasedProxyManager, the layout its 8.14 docs give):
-- one row per API key id, the bucket's serialised state and when it may be removed (epoch millis),
-- which is once it would be full again plus a minute. No foreign key: Bucket4j owns these rows.
CREATE TABLE rate_limit_bucket (
    id          BIGINT PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);
CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
