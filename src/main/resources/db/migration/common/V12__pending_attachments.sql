-- Files chosen for a message wait here, not in the page's memory, until the message is sent: an
-- attachment belongs to its conversation and uploader at once, and to its message once sent.

ALTER TABLE message_attachment ADD COLUMN conversation_id BIGINT REFERENCES conversation (id) ON DELETE CASCADE;
ALTER TABLE message_attachment ADD COLUMN uploader_id BIGINT REFERENCES account (id) ON DELETE CASCADE;
ALTER TABLE message_attachment ADD COLUMN uploaded_at TIMESTAMP WITH TIME ZONE;

UPDATE message_attachment SET
    conversation_id = (SELECT m.conversation_id FROM message m WHERE m.id = message_attachment.message_id),
    uploader_id = (SELECT m.sender_id FROM message m WHERE m.id = message_attachment.message_id),
    uploaded_at = (SELECT m.sent_at FROM message m WHERE m.id = message_attachment.message_id);

ALTER TABLE message_attachment ALTER COLUMN conversation_id SET NOT NULL;
ALTER TABLE message_attachment ALTER COLUMN uploader_id SET NOT NULL;
ALTER TABLE message_attachment ALTER COLUMN uploaded_at SET NOT NULL;
ALTER TABLE message_attachment ALTER COLUMN message_id DROP NOT NULL;

CREATE INDEX message_attachment_uploader ON message_attachment (uploader_id, conversation_id, message_id);
