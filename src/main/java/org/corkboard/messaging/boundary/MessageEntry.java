package org.corkboard.messaging.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A message as one of the two people of its conversation sees it; one a moderator removed has no
 * text and no attachments, and says so.
 */
public record MessageEntry(
    long id,
    boolean mine,
    String body,
    Instant sentAt,
    boolean removed,
    List<AttachmentEntry> attachments) {}
