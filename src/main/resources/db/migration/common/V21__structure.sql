-- Administrators retire categories instead of deleting them: a retired category keeps its slug (so
-- an old address never names another category) and its history, but no listing and no page uses it.
ALTER TABLE category ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;

-- A site's street, beside the postal code and city it already has; optional, for older sites.
ALTER TABLE site ADD COLUMN street VARCHAR(120);
