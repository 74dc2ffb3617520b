-- When a person was last seen on a page, for "online now" and "active 5 minutes ago". Written at
-- most once a minute per person, so it costs one small update a minute while they browse.
ALTER TABLE account ADD COLUMN last_active_at TIMESTAMP WITH TIME ZONE;
