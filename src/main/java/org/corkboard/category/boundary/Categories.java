package org.corkboard.category.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

/**
 * The category tree and the extra fields its categories define, as everyone sees them. Every page
 * shows the tree and categories change rarely, so it is read once and kept.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Categories {

  @Inject CategoryRepository repository;

  private volatile Catalogue catalogue;

  /** A category with its sub-categories, in display order. */
  public record Node(long id, String name, String slug, List<Node> children) {}

  /** A category as a choice in a form: "For sale › Phones". */
  public record Choice(long id, String label) {}

  public List<Node> tree() {
    return catalogue().tree();
  }

  public Optional<Node> bySlug(String slug) {
    return Optional.ofNullable(slug).map(catalogue().bySlug()::get);
  }

  public Optional<Node> byId(long id) {
    return all().filter(node -> node.id() == id).findFirst();
  }

  /** Every category, each before its sub-categories. */
  public Stream<Node> all() {
    return catalogue().tree().stream().flatMap(Categories::subtree);
  }

  /** The category a sub-category belongs to; empty for a top-level one. */
  public Optional<Node> parentOf(Node node) {
    return catalogue().tree().stream().filter(top -> top.children().contains(node)).findFirst();
  }

  /** The managed category, for a listing to refer to. */
  public Optional<Category> find(long id) {
    return repository.find(id);
  }

  /** Every category, each under its parent, for choosing one. */
  public List<Choice> choices() {
    return catalogue().choices();
  }

  /**
   * Whether the category is at the top of the tree. The tree has two levels: a top-level category
   * and its sub-categories, which have none of their own.
   */
  public boolean isTopLevel(Node node) {
    return catalogue().tree().contains(node);
  }

  /** The slug of each category's top-level category, by the category's slug. */
  public Map<String, String> topSlugs() {
    return catalogue().topSlugs();
  }

  /** The ids of the category and everything below it. */
  public List<Long> subtreeIds(Node node) {
    return subtree(node).map(Node::id).toList();
  }

  private static Stream<Node> subtree(Node node) {
    return Stream.concat(Stream.of(node), node.children().stream().flatMap(Categories::subtree));
  }

  /** The extra fields of a category: its own and those of the categories above it. */
  public List<CategoryField> fieldsFor(Category category) {
    return catalogue().fields().getOrDefault(category.getId(), List.of());
  }

  private Catalogue catalogue() {
    Catalogue current = catalogue;
    if (current == null) {
      current = Catalogue.of(repository.findAll(), repository.allFields());
      catalogue = current;
    }
    return current;
  }

  /** What was read: immutable, so that any number of requests may share it. */
  private record Catalogue(
      List<Node> tree,
      Map<String, Node> bySlug,
      Map<String, String> topSlugs,
      List<Choice> choices,
      Map<Long, List<CategoryField>> fields) {

    static Catalogue of(List<Category> all, List<CategoryField> allFields) {
      List<Node> tree = childrenOf(null, all);
      Map<String, Node> bySlug = new HashMap<>();
      List<Choice> choices = new ArrayList<>();
      tree.forEach(top -> index(top, "", bySlug, choices));
      Map<String, String> topSlugs = new HashMap<>();
      tree.forEach(top -> subtree(top).forEach(node -> topSlugs.put(node.slug(), top.slug())));
      Map<Long, List<CategoryField>> fields = new HashMap<>();
      for (Category category : all) {
        List<Category> lineage = new ArrayList<>();
        for (Category c = category; c != null; c = c.getParent()) {
          lineage.add(c);
        }
        fields.put(
            category.getId(),
            allFields.stream().filter(f -> lineage.contains(f.getCategory())).toList());
      }
      return new Catalogue(
          tree, Map.copyOf(bySlug), Map.copyOf(topSlugs), List.copyOf(choices), Map.copyOf(fields));
    }

    private static void index(
        Node node, String above, Map<String, Node> bySlug, List<Choice> choices) {
      bySlug.put(node.slug(), node);
      String label = above + node.name();
      choices.add(new Choice(node.id(), label));
      node.children().forEach(child -> index(child, label + " › ", bySlug, choices));
    }

    private static List<Node> childrenOf(Category parent, List<Category> all) {
      return all.stream()
          .filter(c -> Objects.equals(c.getParent(), parent))
          .map(c -> new Node(c.getId(), c.getName(), c.getSlug(), childrenOf(c, all)))
          .toList();
    }
  }
}
