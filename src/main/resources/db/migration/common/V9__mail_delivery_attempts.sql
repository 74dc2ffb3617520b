-- Exactly-once e-mail: every mail keeps the Message-ID it goes out with (a resend carries the same
-- one), and each send attempt is recorded in a transaction of its own before the SMTP conversation
-- starts, so that a delivery after a crash can tell a mail in doubt from one never tried.

ALTER TABLE outgoing_mail ADD COLUMN message_id VARCHAR(200);
UPDATE outgoing_mail SET message_id = '<corkboard.mail.' || id || '.v9@localhost>';
ALTER TABLE outgoing_mail ALTER COLUMN message_id SET NOT NULL;
ALTER TABLE outgoing_mail ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
-- Set while an attempt may be talking to the SMTP server; cleared when it failed.
ALTER TABLE outgoing_mail ADD COLUMN sending_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE outgoing_mail ADD COLUMN last_error VARCHAR(500);
