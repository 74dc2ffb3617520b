package org.corkboard.category.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.corkboard.category.entity.Category;
import org.corkboard.platform.Refused;

/** The rules of the category tree as administrators edit it, over the active categories. */
@ApplicationScoped
public class CategoryTree {

  private static final int MAX_NAME = 80;

  @Inject CategoryRepository repository;

  /** The active categories under the parent (null: the top level), in display order. */
  public List<Category> childrenOf(Category parent) {
    return repository.findAll().stream()
        .filter(c -> Objects.equals(c.getParent(), parent))
        .toList();
  }

  /** The category and its active sub-categories. */
  public List<Category> subtree(Category category) {
    return Stream.concat(Stream.of(category), childrenOf(category).stream()).toList();
  }

  /** The active category, or a refusal naming the input that chose it. */
  public Category require(long id, String field) {
    return repository
        .findActive(id)
        .orElseThrow(() -> new Refused(field, "This category no longer exists: reload the page."));
  }

  /** The category as the page read it, or a refusal if someone changed it since. */
  public Category requireUnchanged(long id, long version) {
    Category category = require(id, null);
    if (category.getVersion() != version) {
      throw new Refused(
          "Someone changed “" + category.getName() + "” meanwhile: reload the page and try again.");
    }
    return category;
  }

  /**
   * The name, stripped, if it is fit for a category under the parent: not empty, not too long, and
   * no sibling (other than the category itself) has it, whatever the case.
   */
  public String checkedName(String typed, Category parent, Category self) {
    String name = typed == null ? "" : typed.strip();
    if (name.isEmpty()) {
      throw new Refused("name", "Give the category a name.");
    }
    if (name.length() > MAX_NAME) {
      throw new Refused("name", "A category name has at most " + MAX_NAME + " characters.");
    }
    boolean taken =
        childrenOf(parent).stream().anyMatch(c -> !c.equals(self) && sameName(c.getName(), name));
    if (taken) {
      throw new Refused(
          "name",
          "There is a category “"
              + name
              + "” "
              + (parent == null ? "at the top level" : "under “" + parent.getName() + "”")
              + " already.");
    }
    return name;
  }

  /** A slug no category, not even a retired one, has had: "bikes", else "bikes-2", … */
  public String freshSlug(String name) {
    String base = CategoryNames.slug(name);
    String slug = base;
    for (int n = 2; repository.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private static boolean sameName(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
