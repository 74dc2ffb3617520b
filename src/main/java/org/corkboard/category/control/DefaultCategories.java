package org.corkboard.category.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The category tree a new Corkboard starts with; administrators can change it later. */
final class DefaultCategories {

  private DefaultCategories() {}

  static final Map<String, List<String>> TREE = tree();

  private static Map<String, List<String>> tree() {
    Map<String, List<String>> tree = new LinkedHashMap<>();
    tree.put(
        "For sale",
        List.of(
            "Electronics",
            "Phones",
            "Computers",
            "Furniture",
            "Home & garden",
            "Clothing",
            "Sports & outdoors",
            "Bikes",
            "Books & media",
            "Toys & kids",
            "Vehicles"));
    tree.put("Free stuff", List.of("Free furniture", "Free household", "Free books & toys"));
    tree.put("Wanted", List.of());
    tree.put("Housing", List.of("Rooms", "Apartments", "Parking"));
    tree.put("Jobs", List.of("Internal openings", "Side projects"));
    tree.put("Services", List.of("Lessons", "Repairs", "Childcare"));
    tree.put("Rides", List.of("Commute", "Trips"));
    tree.put("Events", List.of("Sports events", "Social"));
    tree.put("Lost & found", List.of("Lost", "Found"));
    return tree;
  }

  /** "Home & garden" becomes "home-garden". */
  static String slug(String name) {
    return CategoryNames.slug(name);
  }
}
