package org.corkboard.category.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.corkboard.category.boundary.Categories;

/**
 * How a category looks where a listing has no picture: the icon of its top-level category. Keys are
 * slugs, so new sub-categories inherit their parent's look.
 */
@Named
@RequestScoped
public class CategoryLook {

  private static final Map<String, String> ICONS =
      Map.of(
          "for-sale", "pi-tag",
          "free-stuff", "pi-gift",
          "wanted", "pi-search",
          "housing", "pi-home",
          "jobs", "pi-briefcase",
          "services", "pi-wrench",
          "rides", "pi-car",
          "events", "pi-calendar",
          "lost-found", "pi-question-circle");

  @Inject Categories categories;

  private Map<String, String> topSlugs;

  /** The icon class for a category's placeholder picture. */
  public String icon(String slug) {
    return ICONS.getOrDefault(top(slug), "pi-image");
  }

  /** The top-level category's slug, used as a CSS modifier for its placeholder colour. */
  public String top(String slug) {
    if (topSlugs == null) {
      topSlugs = categories.topSlugs();
    }
    return topSlugs.getOrDefault(slug, slug);
  }
}
