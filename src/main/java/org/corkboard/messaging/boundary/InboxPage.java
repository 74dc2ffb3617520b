package org.corkboard.messaging.boundary;

import java.util.List;

/** One page of an inbox and the number of conversations over all pages. */
public record InboxPage(List<InboxEntry> entries, long total) {}
