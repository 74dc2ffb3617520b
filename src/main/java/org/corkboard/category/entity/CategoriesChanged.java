package org.corkboard.category.entity;

/**
 * The category tree or a category's extra fields changed: what was read of them is out of date once
 * the change commits.
 */
public record CategoriesChanged() {}
