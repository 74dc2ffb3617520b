-- Saved searches and their alerts. A saved search keeps the canonical GET query string of the
-- search (what is searched for, not its order or page). An alert is one listing found for one saved
-- search: the unique pair is what makes each alert happen once, whatever is redelivered or replayed.

CREATE SEQUENCE saved_search_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE saved_search (
    id         BIGINT        NOT NULL PRIMARY KEY,
    owner_id   BIGINT        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name       VARCHAR(100)  NOT NULL,
    query      VARCHAR(2000) NOT NULL,
    frequency  VARCHAR(10)   NOT NULL,
    paused     BOOLEAN       NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX saved_search_owner ON saved_search (owner_id, created_at);
CREATE INDEX saved_search_active ON saved_search (paused, owner_id);

CREATE SEQUENCE saved_search_alert_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE saved_search_alert (
    id              BIGINT      NOT NULL PRIMARY KEY,
    saved_search_id BIGINT      NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    listing_id      BIGINT      NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Its e-mail: MAILED at once, DIGEST waiting for the daily digest, then DIGESTED or LEFT_OUT.
    mail            VARCHAR(10) NOT NULL,
    CONSTRAINT saved_search_alert_once UNIQUE (saved_search_id, listing_id)
);
CREATE INDEX saved_search_alert_listing ON saved_search_alert (listing_id);
CREATE INDEX saved_search_alert_mail ON saved_search_alert (mail, saved_search_id);
