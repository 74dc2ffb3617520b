-- What search catches up on after a node was down: listings written since a moment (by their
-- updated_at, which every change sets) and listings deleted since then (kept here for 30 days).

UPDATE listing SET updated_at = ended_at WHERE ended_at IS NOT NULL AND ended_at > updated_at;
CREATE INDEX listing_updated ON listing (updated_at, id);

CREATE TABLE listing_deletion (
    listing_id BIGINT                   NOT NULL PRIMARY KEY,
    deleted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listing_deletion_time ON listing_deletion (deleted_at);
