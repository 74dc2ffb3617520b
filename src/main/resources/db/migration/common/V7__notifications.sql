-- The notification centre: what happened for a person (in-app always), how each kind reaches
-- them by e-mail, and the key that signs the preference links in those e-mails.

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id           BIGINT        NOT NULL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind         VARCHAR(20)   NOT NULL,
    -- What it is about ("conversation:12"): notifications of one subject share one e-mail.
    subject      VARCHAR(60)   NOT NULL,
    text         VARCHAR(300)  NOT NULL,
    link         VARCHAR(200)  NOT NULL,
    mail_subject VARCHAR(200)  NOT NULL,
    mail_body    VARCHAR(8000) NOT NULL,
    mail_state   VARCHAR(20)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE,
    version      BIGINT        NOT NULL
);
CREATE INDEX notification_recipient ON notification (recipient_id, created_at);
CREATE INDEX notification_subject ON notification (recipient_id, subject, read_at);
CREATE INDEX notification_mail_state ON notification (mail_state, recipient_id);

CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       VARCHAR(20) NOT NULL,
    delivery   VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Secrets the application makes for itself on first use, e.g. the key of signed links.
CREATE TABLE app_secret (
    name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret VARCHAR(100) NOT NULL
);
