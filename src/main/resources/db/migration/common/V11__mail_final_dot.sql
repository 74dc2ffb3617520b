-- Exactly-once e-mail, second step: set, in a transaction of its own, just before the final "." of
-- a mail's SMTP data is written. An attempt cut off by a crash before it was set never reached the
-- SMTP server whole (a server drops a transaction without its final dot) and is sent again; one cut
-- off after it is taken as delivered.
ALTER TABLE outgoing_mail ADD COLUMN final_dot_at TIMESTAMP WITH TIME ZONE;
