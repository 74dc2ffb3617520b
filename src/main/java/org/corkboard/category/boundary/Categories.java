package org.corkboard.category.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

/** The category tree and the extra fields its categories define, as everyone sees them. */
@Stateless
@PermitAll
public class Categories {

  @Inject CategoryRepository repository;

  /** A category with its sub-categories, in display order. */
  public record Node(long id, String name, String slug, List<Node> children) {}

  /** A category as a choice in a form: "For sale › Phones". */
  public record Choice(long id, String label) {}

  public List<Node> tree() {
    return childrenOf(null, repository.findAll());
  }

  public Optional<Node> bySlug(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    List<Category> all = repository.findAll();
    return repository.findBySlug(slug).map(c -> node(c, all));
  }

  public Optional<Category> find(long id) {
    return repository.find(id);
  }

  /** Every category, each under its parent, for choosing one. */
  public List<Choice> choices() {
    List<Choice> choices = new ArrayList<>();
    for (Node top : tree()) {
      choices.add(new Choice(top.id(), top.name()));
      top.children()
          .forEach(child -> choices.add(new Choice(child.id(), top.name() + " › " + child.name())));
    }
    return choices;
  }

  /** The ids of the category and everything below it. */
  public List<Long> subtreeIds(Node node) {
    List<Long> ids = new ArrayList<>(List.of(node.id()));
    node.children().forEach(child -> ids.addAll(subtreeIds(child)));
    return ids;
  }

  /** The extra fields of a category: its own and those of the categories above it. */
  public List<CategoryField> fieldsFor(Category category) {
    List<Category> lineage = new ArrayList<>();
    for (Category c = category; c != null; c = c.getParent()) {
      lineage.add(c);
    }
    return repository.allFields().stream().filter(f -> lineage.contains(f.getCategory())).toList();
  }

  private static Node node(Category category, List<Category> all) {
    return new Node(
        category.getId(), category.getName(), category.getSlug(), childrenOf(category, all));
  }

  private static List<Node> childrenOf(Category parent, List<Category> all) {
    return all.stream()
        .filter(c -> Objects.equals(c.getParent(), parent))
        .map(c -> node(c, all))
        .toList();
  }
}
