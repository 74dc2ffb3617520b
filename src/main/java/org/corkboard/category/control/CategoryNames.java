package org.corkboard.category.control;

import java.text.Normalizer;
import java.util.Locale;

/** How a category's name becomes its slug, and a field's label its key. */
public final class CategoryNames {

  private CategoryNames() {}

  /**
   * "Home & garden" becomes "home-garden", "Crèche" "creche"; a name of symbols only "category".
   */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? "category" : slug.substring(0, Math.min(slug.length(), 70));
  }

  /** "Size in m²" becomes "size_in_m". */
  public static String key(String label) {
    String key = slug(label).replace('-', '_');
    return key.substring(0, Math.min(key.length(), 36));
  }
}
