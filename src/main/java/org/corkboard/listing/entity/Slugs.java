package org.corkboard.listing.entity;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL parts: "Rotes Fahrrad, 28 Zoll" becomes "rotes-fahrrad-28-zoll". */
public final class Slugs {

  private Slugs() {}

  public static String of(String title) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title.replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    slug = slug.substring(0, Math.min(60, slug.length())).replaceAll("-$", "");
    return slug.isEmpty() ? "listing" : slug;
  }
}
