-- Pictures and PDFs sent with a message, readable by the conversation's two people only.

ALTER TABLE message ADD COLUMN attachment_count INTEGER DEFAULT 0 NOT NULL;

CREATE SEQUENCE message_attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE message_attachment (
    id         BIGINT        NOT NULL PRIMARY KEY,
    message_id BIGINT        NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    kind       VARCHAR(10)   NOT NULL,
    file_name  VARCHAR(120)  NOT NULL,
    byte_size  INTEGER       NOT NULL,
    content    BYTEA         NOT NULL,
    -- Pictures only: the small version shown in the conversation.
    thumbnail  BYTEA
);
CREATE INDEX message_attachment_message ON message_attachment (message_id, position);
