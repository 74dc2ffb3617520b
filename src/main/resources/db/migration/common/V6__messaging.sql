-- Conversations about a listing between its owner (the seller) and one colleague (the buyer),
-- their messages, blocks between people and reports of messages.

CREATE SEQUENCE conversation_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE conversation (
    id               BIGINT        NOT NULL PRIMARY KEY,
    -- Kept when the listing is deleted: the conversation stays readable, and no longer accepts messages.
    listing_id       BIGINT        REFERENCES listing (id) ON DELETE SET NULL,
    listing_title    VARCHAR(100)  NOT NULL,
    buyer_id         BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    seller_id        BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_message_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_excerpt     VARCHAR(160)  NOT NULL,
    buyer_unread     INTEGER       NOT NULL,
    seller_unread    INTEGER       NOT NULL,
    buyer_read_upto  BIGINT        NOT NULL,
    seller_read_upto BIGINT        NOT NULL,
    buyer_archived   BOOLEAN       NOT NULL,
    seller_archived  BOOLEAN       NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT conversation_listing_buyer UNIQUE (listing_id, buyer_id)
);
-- The inbox: one person's conversations, newest activity first, on either side.
CREATE INDEX conversation_buyer_inbox ON conversation (buyer_id, buyer_archived, last_message_at);
CREATE INDEX conversation_seller_inbox ON conversation (seller_id, seller_archived, last_message_at);
-- The daily limit of new conversations.
CREATE INDEX conversation_buyer_created ON conversation (buyer_id, created_at);

CREATE SEQUENCE message_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message (
    id              BIGINT         NOT NULL PRIMARY KEY,
    conversation_id BIGINT         NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    sender_id       BIGINT         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body            VARCHAR(4000)  NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX message_conversation ON message (conversation_id, id);
-- The hourly limit of messages.
CREATE INDEX message_sender_sent ON message (sender_id, sent_at);

CREATE TABLE account_block (
    blocker_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    blocked_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

CREATE SEQUENCE message_report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message_report (
    id          BIGINT        NOT NULL PRIMARY KEY,
    message_id  BIGINT        NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    reporter_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reason      VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT message_report_once UNIQUE (message_id, reporter_id)
);
