package org.corkboard.site.entity;

import org.corkboard.platform.cluster.EveryNode;

/**
 * A site was added or changed: what was read of the sites is out of date once it commits, on every
 * node.
 */
public record SitesChanged() implements EveryNode {}
