-- Failed sign-ins count only within a sliding window (corkboard.sign-in.window-minutes): each key
-- keeps the times of its recent failures (epoch milliseconds, space-separated, at most 1,000)
-- instead of a count that never went down. The old counts are dropped with their columns.
DELETE FROM sign_in_throttle;
ALTER TABLE sign_in_throttle DROP COLUMN failures;
ALTER TABLE sign_in_throttle DROP COLUMN last_failure_at;
ALTER TABLE sign_in_throttle ADD COLUMN recent_failures VARCHAR(14000) DEFAULT '' NOT NULL;
