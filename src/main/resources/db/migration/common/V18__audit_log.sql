-- The audit log: every administrative change and moderation decision, who made it, when, on what,
-- what it was before and after, and why. Append-only: the application inserts rows and never
-- updates or deletes one.

CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- No foreign key: an entry outlives the account of whoever acted, and keeps their username
    -- as it was then. Null for what the application does by itself.
    actor_id       BIGINT,
    actor_username VARCHAR(30)   NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    subject_kind   VARCHAR(30)   NOT NULL,
    subject_id     VARCHAR(60)   NOT NULL,
    before_value   VARCHAR(2000),
    after_value    VARCHAR(2000),
    reason         VARCHAR(1000)
);
-- The search page: newest first, by itself or for one person or one action.
CREATE INDEX audit_entry_newest ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_username, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at DESC, id DESC);

-- The dashboard counts and charts the last days: each reads one range of one of these indexes
-- (the listing one carries the columns its chart groups by, so no table row is read).
CREATE INDEX listing_created ON listing (created_at, status, top_category_id);
CREATE INDEX account_created ON account (created_at);
CREATE INDEX message_sent ON message (sent_at);
