package org.corkboard.site.entity;

/** A site was added or changed: what was read of the sites is out of date once it commits. */
public record SitesChanged() {}
