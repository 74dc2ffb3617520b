-- Dead letters: a message that a queue gave up on after its delivery attempts, kept with what it
-- takes to send it again (its body and its own properties), a short summary safe to show, and the
-- reason of its last failure, until an administrator sends it back to its queue or discards it.

CREATE SEQUENCE dead_letter_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE dead_letter (
    id          BIGINT        NOT NULL PRIMARY KEY,
    -- The queue (or topic) the message was given up on, e.g. corkboard.mail.
    queue_name  VARCHAR(100)  NOT NULL,
    given_up_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NUMBER (an id), TEXT, or OTHER (kept for reading, cannot be sent again; also a body or
    -- properties too long to keep whole).
    body_type   VARCHAR(10)   NOT NULL,
    body        VARCHAR(100000) NOT NULL,
    -- The message's own properties, as name=type:value pairs joined by &, URL-encoded.
    properties  VARCHAR(100000),
    summary     VARCHAR(300)  NOT NULL,
    reason      VARCHAR(500)  NOT NULL
);
-- The page lists them newest first.
CREATE INDEX dead_letter_newest ON dead_letter (given_up_at DESC, id DESC);
