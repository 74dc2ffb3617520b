package org.corkboard.category.entity;

import org.corkboard.platform.cluster.EveryNode;

/**
 * The category tree or a category's extra fields changed: what was read of them is out of date once
 * the change commits, on every node.
 */
public record CategoriesChanged() implements EveryNode {}
