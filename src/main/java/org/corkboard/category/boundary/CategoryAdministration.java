package org.corkboard.category.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.control.CategoryTree;
import org.corkboard.category.entity.CategoriesChanged;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryPathChanged;
import org.corkboard.category.entity.CategoryRetired;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;

/**
 * What administrators do to the category tree: add, rename, move, reorder and retire categories.
 * Each change is recorded in the audit log in its transaction, and tells the listing feature (by
 * {@link CategoryPathChanged} or {@link CategoryRetired}) which listings must follow; {@link
 * CatalogueReload} then has everyone read the new tree. The tree keeps two levels: top-level
 * categories and their sub-categories, which have none of their own.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class CategoryAdministration {

  public static final String ADDED = "category.add";
  public static final String RENAMED = "category.rename";
  public static final String MOVED = "category.move";
  public static final String REORDERED = "category.reorder";
  public static final String RETIRED = "category.retire";

  @Inject CategoryRepository repository;
  @Inject CategoryTree tree;
  @Inject AuditLog auditLog;
  @Inject Provider<Actor> caller;
  @Inject Clock clock;
  @Inject Event<CategoriesChanged> changed;
  @Inject Event<CategoryPathChanged> pathChanged;
  @Inject Event<CategoryRetired> retired;

  /** The active categories as they stand in the database, each with its sub-categories. */
  public List<CategoryRow> tree() {
    return rows(null);
  }

  private List<CategoryRow> rows(Category parent) {
    List<Category> children = tree.childrenOf(parent);
    return IntStream.range(0, children.size())
        .mapToObj(i -> row(children.get(i), i == 0, i == children.size() - 1))
        .toList();
  }

  private CategoryRow row(Category c, boolean first, boolean last) {
    Long parentId = c.getParent() == null ? null : c.getParent().getId();
    List<CategoryRow> children = parentId == null ? rows(c) : List.of();
    return new CategoryRow(
        c.getId(), c.getName(), c.getSlug(), parentId, c.getVersion(), first, last, children);
  }

  /** Adds a category at the end of the parent's (null: at the top level); returns its id. */
  public long add(Long parentId, String name) {
    Category parent = parentId == null ? null : tree.require(parentId, "parentId");
    if (parent != null && parent.getParent() != null) {
      throw new Refused("parentId", "Choose a top-level category: sub-categories have none.");
    }
    String checked = tree.checkedName(name, parent, null);
    Category category =
        repository.store(
            new Category(checked, tree.freshSlug(checked), parent, tree.childrenOf(parent).size()));
    record(AuditEvent.of(ADDED, "category", category.getId()).change(null, path(category)));
    return category.getId();
  }

  /** Renames it; its slug, and so its address, stays. */
  public void rename(long id, long version, String name) {
    Category category = tree.requireUnchanged(id, version);
    String checked = tree.checkedName(name, category.getParent(), category);
    String before = path(category);
    category.rename(checked);
    pathChanged.fire(new CategoryPathChanged(category.top().getId(), ids(category)));
    record(AuditEvent.of(RENAMED, "category", id).change(before, path(category)));
  }

  /** Moves it to the end of another parent's sub-categories (null: to the top level). */
  public void move(long id, long version, Long parentId) {
    Category category = tree.requireUnchanged(id, version);
    Category parent = parentId == null ? null : tree.require(parentId, "parentId");
    refuseMove(category, parent);
    tree.checkedName(category.getName(), parent, category);
    String before = path(category);
    category.moveUnder(parent, tree.childrenOf(parent).size());
    pathChanged.fire(new CategoryPathChanged(category.top().getId(), ids(category)));
    record(AuditEvent.of(MOVED, "category", id).change(before, path(category)));
  }

  private void refuseMove(Category category, Category parent) {
    if (category.equals(parent)) {
      throw new Refused("parentId", "A category cannot go under itself.");
    }
    if (parent != null && parent.getParent() != null) {
      throw new Refused("parentId", "Choose a top-level category: sub-categories have none.");
    }
    if (parent != null && !tree.childrenOf(category).isEmpty()) {
      throw new Refused(
          "parentId",
          "“"
              + category.getName()
              + "” has sub-categories: only a category without any can go"
              + " under another.");
    }
    if (Objects.equals(category.getParent(), parent)) {
      throw new Refused("parentId", "It is there already.");
    }
  }

  /** Moves it one place up (a negative step) or down among its siblings. */
  public void reorder(long id, int step) {
    Category category = tree.require(id, null);
    List<Category> siblings = new ArrayList<>(tree.childrenOf(category.getParent()));
    int from = siblings.indexOf(category);
    int to = from + Integer.signum(step);
    if (step == 0 || to < 0 || to >= siblings.size()) {
      throw new Refused("“" + category.getName() + "” cannot move further that way.");
    }
    String before = names(siblings);
    siblings.add(to, siblings.remove(from));
    IntStream.range(0, siblings.size()).forEach(i -> siblings.get(i).placeAt(i));
    record(AuditEvent.of(REORDERED, "category", id).change(before, names(siblings)));
  }

  /**
   * Retires it and its sub-categories; their listings move to the replacement, which must be an
   * active category outside them.
   */
  public void retire(long id, long version, long replacementId) {
    Category category = tree.requireUnchanged(id, version);
    Category replacement = tree.require(replacementId, "replacementId");
    List<Category> leaving = tree.subtree(category);
    if (leaving.contains(replacement)) {
      throw new Refused(
          "replacementId", "Choose a category outside the one you retire for its listings.");
    }
    List<Long> ids = leaving.stream().map(Category::getId).toList();
    leaving.forEach(c -> c.retire(clock.instant()));
    retired.fire(new CategoryRetired(ids, replacement.getId(), replacement.top().getId()));
    String after = "retired; its listings moved to " + path(replacement);
    record(AuditEvent.of(RETIRED, "category", id).change(paths(leaving), after));
  }

  private List<Long> ids(Category category) {
    return tree.subtree(category).stream().map(Category::getId).toList();
  }

  private void record(AuditEvent event) {
    auditLog.record(caller.get(), event);
    changed.fire(new CategoriesChanged());
  }

  /** "For sale › Bikes". */
  static String path(Category category) {
    return category.getParent() == null
        ? category.getName()
        : category.getParent().getName() + " › " + category.getName();
  }

  private static String paths(List<Category> categories) {
    return categories.stream().map(CategoryAdministration::path).collect(Collectors.joining(", "));
  }

  private static String names(List<Category> categories) {
    return categories.stream().map(Category::getName).collect(Collectors.joining(", "));
  }
}
