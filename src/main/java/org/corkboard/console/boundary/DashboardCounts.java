package org.corkboard.console.boundary;

import java.io.Serializable;

/** The dashboard's numbers at a glance. */
public record DashboardCounts(
    long people,
    long activeListings,
    long newListingsThisWeek,
    long messagesToday,
    long mailsWaiting,
    long openReports)
    implements Serializable {}
