package org.corkboard.category.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.entity.Category;

/** The category tree as everyone sees it. */
@Stateless
@PermitAll
public class Categories {

  @Inject CategoryRepository repository;

  /** A category with its sub-categories, in display order. */
  public record Node(String name, String slug, List<Node> children) {}

  public List<Node> tree() {
    List<Category> all = repository.findAll();
    return childrenOf(null, all);
  }

  public Optional<Node> bySlug(String slug) {
    if (slug == null || slug.length() > 80) {
      return Optional.empty();
    }
    List<Category> all = repository.findAll();
    return repository
        .findBySlug(slug)
        .map(c -> new Node(c.getName(), c.getSlug(), childrenOf(c, all)));
  }

  private static List<Node> childrenOf(Category parent, List<Category> all) {
    return all.stream()
        .filter(c -> Objects.equals(c.getParent(), parent))
        .map(c -> new Node(c.getName(), c.getSlug(), childrenOf(c, all)))
        .toList();
  }
}
