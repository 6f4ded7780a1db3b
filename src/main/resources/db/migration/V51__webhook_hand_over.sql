-- When a message was last handed to the job engine, so that the sweep hands over only those lost; and
-- until when an attempt holds it, so that two jobs of one message never send it at once.
ALTER TABLE webhook_delivery
    ADD COLUMN enqueued_at TIMESTAMPTZ,
    ADD COLUMN held_until  TIMESTAMPTZ;
