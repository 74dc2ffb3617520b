-- Reports of listings, profiles and messages, the moderation queue and the moderators' decisions.
-- Message reports were kept in message_report, readable only by messaging; they move here, into the
-- one model every kind of report shares, so that the queue reads one table.

-- A listing hidden by a moderator, by its reports or by its owner's suspension, and why.
ALTER TABLE listing ADD COLUMN hold VARCHAR(12);
ALTER TABLE listing ADD COLUMN hold_reason VARCHAR(1000);
ALTER TABLE listing ADD COLUMN review_requested_at TIMESTAMP WITH TIME ZONE;

-- A suspended person cannot sign in or post until then.
ALTER TABLE account ADD COLUMN suspended_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN suspension_reason VARCHAR(1000);
CREATE INDEX account_suspended_until ON account (suspended_until);

-- A message removed by a moderator is kept (for its decision) but shown to nobody.
ALTER TABLE message ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;

-- One case per reported subject: in the queue while it waits for a decision.
CREATE SEQUENCE moderation_case_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE moderation_case (
    id               BIGINT       NOT NULL PRIMARY KEY,
    kind             VARCHAR(10)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    -- Whose listing, profile or message it is: they are told of decisions, and may not decide.
    owner_id         BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    waiting          BOOLEAN      NOT NULL,
    open_reports     INTEGER      NOT NULL,
    waiting_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    review_requested BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT moderation_case_subject UNIQUE (kind, subject_id)
);
-- The queue: waiting cases, most-reported then oldest first.
CREATE INDEX moderation_case_queue ON moderation_case (waiting, open_reports, waiting_since);

CREATE SEQUENCE report_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE report (
    id          BIGINT        NOT NULL PRIMARY KEY,
    case_id     BIGINT        NOT NULL REFERENCES moderation_case (id) ON DELETE CASCADE,
    reporter_id BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    reason      VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- When a decision closed it; open reports are the case's.
    closed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT report_once UNIQUE (case_id, reporter_id)
);
CREATE INDEX report_reporter ON report (reporter_id);
-- The dashboard counts reports per day.
CREATE INDEX report_created ON report (created_at);

-- What moderators decided, with the reason they gave. Kept when the people or the case go.
CREATE SEQUENCE moderation_decision_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE moderation_decision (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        REFERENCES moderation_case (id) ON DELETE SET NULL,
    kind             VARCHAR(10)   NOT NULL,
    subject_id       BIGINT        NOT NULL,
    owner_id         BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    moderator_id     BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    decision         VARCHAR(20)   NOT NULL,
    reason           VARCHAR(1000) NOT NULL,
    suspension_days  INTEGER,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX moderation_decision_subject ON moderation_decision (kind, subject_id, decided_at);

-- The message reports made so far, as cases waiting for a decision.
INSERT INTO moderation_case
    (id, kind, subject_id, owner_id, waiting, open_reports, waiting_since, review_requested, version)
SELECT nextval('moderation_case_seq'), 'MESSAGE', r.message_id, m.sender_id, TRUE, COUNT(*),
       MIN(r.created_at), FALSE, 1
FROM message_report r JOIN message m ON m.id = r.message_id
GROUP BY r.message_id, m.sender_id;

INSERT INTO report (id, case_id, reporter_id, reason, note, created_at, closed_at)
SELECT nextval('report_seq'), c.id, r.reporter_id, r.reason, r.note, r.created_at, NULL
FROM message_report r JOIN moderation_case c ON c.kind = 'MESSAGE' AND c.subject_id = r.message_id;

DROP TABLE message_report;
DROP SEQUENCE message_report_seq;
