package org.corkboard.messaging.boundary;

import java.time.Instant;
import java.util.List;

/** A message as one of the two people of its conversation sees it. */
public record MessageEntry(
    long id,
    boolean mine,
    String body,
    Instant sentAt,
    boolean reported,
    List<AttachmentEntry> attachments) {}
