-- People in the admin console. An administrator may lock an account (it cannot sign in until it is
-- unlocked), deactivate it (it cannot sign in, its listings are hidden, its history is kept) or ask
-- its owner to choose a new password at their next sign-in.
ALTER TABLE account ADD COLUMN locked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN password_change_required BOOLEAN DEFAULT FALSE NOT NULL;

-- A person's page lists the audit entries about their account and those they made themselves.
CREATE INDEX audit_entry_subject ON audit_entry (subject_kind, subject_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_actor_id ON audit_entry (actor_id, occurred_at DESC, id DESC);
