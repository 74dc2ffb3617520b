package org.corkboard.messaging.boundary;

import org.corkboard.messaging.entity.AttachmentKind;

/** An attachment's bytes, for one of the two people of its conversation. */
public record AttachmentFile(AttachmentKind kind, String fileName, byte[] bytes) {}
