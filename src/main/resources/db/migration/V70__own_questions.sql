-- Learning platforms' own questions, created through the API (V70-V79 belong to own questions).
-- A question created through the API has no source document; it records its owner (the caller's
-- principal: a user name or key:<api key name>), and it is retired rather than deleted, so that its
-- evaluations stay readable.
ALTER TABLE question ALTER COLUMN source_document DROP NOT NULL;
ALTER TABLE question ALTER COLUMN source_location DROP NOT NULL;
ALTER TABLE question ADD COLUMN owner_ref TEXT;
ALTER TABLE question ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE question ADD COLUMN retired_by TEXT;
CREATE INDEX question_owner ON question (owner_ref, bank) WHERE owner_ref IS NOT NULL;
