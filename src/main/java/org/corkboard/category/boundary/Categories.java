package org.corkboard.category.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;

/**
 * The category tree and the extra fields its categories define, as everyone sees them. Every page
 * shows the tree and categories change rarely, so it is read once and kept: until an
 * administrator's change commits on this server ({@link CatalogueReload}), and for a minute at
 * most.
 *
 * <p>How the other servers of a cluster learn of a change: CategoriesChanged is an event for every
 * node, so each forgets its copy as soon as the change has committed, and reads the tree again from
 * the database into its shared cache ({@link CategoryRepository#findAll}); the listings that moved
 * reach every server's caches and search index through the listing-changes topic. The minute is for
 * a notice that was lost (a broker restarting).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@PermitAll
public class Categories {

  @Inject CategoryRepository repository;

  /** How long a server keeps the tree it read, for the changes other servers make. */
  static final long KEPT_NANOS = Duration.ofMinutes(1).toNanos();

  private volatile Catalogue catalogue;

  /** Moves on with every change: a tree read before a change is not kept after it. */
  private final AtomicLong generation = new AtomicLong();

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

  /** The managed category, for a listing to refer to; never a retired one. */
  public Optional<Category> find(long id) {
    return repository.findActive(id);
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

  /** Drops what was read, once a change has committed: the next caller reads it again. */
  public void forget() {
    generation.incrementAndGet();
  }

  private Catalogue catalogue() {
    long now = System.nanoTime();
    long current = generation.get();
    Catalogue kept = catalogue;
    if (kept == null || kept.generation() != current || now - kept.readAt() >= KEPT_NANOS) {
      kept = Catalogue.of(repository.findAll(), repository.allFields(), current, now);
      catalogue = kept;
    }
    return kept;
  }

  /** What was read: immutable, so that any number of requests may share it. */
  private record Catalogue(
      List<Node> tree,
      Map<String, Node> bySlug,
      Map<String, String> topSlugs,
      List<Choice> choices,
      Map<Long, List<CategoryField>> fields,
      long generation,
      long readAt) {

    static Catalogue of(
        List<Category> all, List<CategoryField> allFields, long generation, long readAt) {
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
          tree,
          Map.copyOf(bySlug),
          Map.copyOf(topSlugs),
          List.copyOf(choices),
          Map.copyOf(fields),
          generation,
          readAt);
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
