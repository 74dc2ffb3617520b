-- Listings a person saved to their favourites. Both keys cascade: deleting a listing (by its owner,
-- or with its owner's account) or an account takes its favourites with it, whichever way the row
-- goes, and the favourite entity is kept out of the shared cache, so nothing remembers a gone row.

CREATE TABLE favourite (
    account_id BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    listing_id BIGINT                   NOT NULL REFERENCES listing (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, listing_id)
);
-- A person's favourites, newest first (the primary key serves "is this one of theirs").
CREATE INDEX favourite_account_created ON favourite (account_id, created_at);
-- Who favoured a listing: whom to tell when it changes.
CREATE INDEX favourite_listing ON favourite (listing_id);
