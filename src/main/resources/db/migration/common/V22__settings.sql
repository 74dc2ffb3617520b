-- Runtime settings an administrator changes in the console, and the word list that holds listings
-- for review.

-- One row per setting, named by its system property. setting_value is null until an administrator sets
-- one: then the system property, else the default, applies. The version refuses a save over a
-- change made meanwhile; every row exists from the start, so two first changes take turns on one
-- row instead of racing to insert it.
CREATE TABLE setting (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value BIGINT,
    version    BIGINT       NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE,
    -- The administrator's username at the time; the audit log has the details.
    changed_by VARCHAR(30)
);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.listing.lifetime', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.listing.reminder-before', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.listing.max-active', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.listing.max-per-hour', NULL, 1);
INSERT INTO setting (name, setting_value, version)
    VALUES ('corkboard.messaging.max-new-conversations-per-day', NULL, 1);
INSERT INTO setting (name, setting_value, version)
    VALUES ('corkboard.messaging.max-messages-per-hour', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.moderation.auto-hide-reports', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.sign-in.lock-minutes', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.sign-in.window-minutes', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.sign-in.account-limit', NULL, 1);
INSERT INTO setting (name, setting_value, version) VALUES ('corkboard.sign-in.address-limit', NULL, 1);

-- Words (whole words, any case) and regular expressions whose match in a new or edited listing
-- holds it for review. Read whole by every node: a few hundred rows at most.
CREATE SEQUENCE listed_word_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE listed_word (
    id         BIGINT        NOT NULL PRIMARY KEY,
    kind       VARCHAR(10)   NOT NULL,
    word_text  VARCHAR(200)  NOT NULL,
    note       VARCHAR(500),
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by   VARCHAR(30)   NOT NULL,
    version    BIGINT        NOT NULL
);
