package org.corkboard.category.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.category.control.CategoryNames;
import org.corkboard.category.control.CategoryRepository;
import org.corkboard.category.control.CategoryTree;
import org.corkboard.category.entity.CategoriesChanged;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;

/**
 * What administrators do to a category's extra fields: add, change and remove them, each recorded
 * in the audit log. A field applies to its category's listings and to those of its sub-categories,
 * so no two fields of one line of categories share a label or a key. A removed field's values stay
 * with the listings that have them, shown nowhere.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class CategoryFieldAdministration {

  public static final String ADDED = "category.field.add";
  public static final String CHANGED = "category.field.edit";
  public static final String REMOVED = "category.field.remove";

  @Inject CategoryRepository repository;
  @Inject CategoryTree tree;
  @Inject AuditLog auditLog;
  @Inject Provider<Actor> caller;
  @Inject Event<CategoriesChanged> changed;

  /** The category's own fields, in order, as the database has them now. */
  public List<CategoryField> fieldsOf(long categoryId) {
    Category category = tree.require(categoryId, null);
    return repository.allFields().stream().filter(f -> f.getCategory().equals(category)).toList();
  }

  /** Adds a field after the category's others; returns its id. */
  public long add(long categoryId, @NotNull @Valid FieldDefinition definition) {
    Category category = tree.require(categoryId, null);
    List<CategoryField> related = related(category);
    String label = uniqueLabel(definition.cleanLabel(), related, null);
    int position = (int) related.stream().filter(f -> f.getCategory().equals(category)).count();
    CategoryField field =
        new CategoryField(
            category,
            freshKey(label, related),
            label,
            definition.kind(),
            definition.required(),
            position);
    define(field, label, definition);
    repository.store(field);
    record(AuditEvent.of(ADDED, "category", categoryId).change(null, field.describe()));
    return field.getId();
  }

  /** Changes a field as the page read it (its version); its key stays. */
  public void change(long fieldId, long version, @NotNull @Valid FieldDefinition definition) {
    CategoryField field = requireUnchanged(fieldId, version);
    String label = uniqueLabel(definition.cleanLabel(), related(field.getCategory()), field);
    String before = field.describe();
    define(field, label, definition);
    record(
        AuditEvent.of(CHANGED, "category", field.getCategory().getId())
            .change(before, field.describe()));
  }

  public void remove(long fieldId, long version) {
    CategoryField field = requireUnchanged(fieldId, version);
    repository.remove(field);
    record(
        AuditEvent.of(REMOVED, "category", field.getCategory().getId())
            .change(field.describe(), null));
  }

  private static void define(CategoryField field, String label, FieldDefinition definition) {
    field.redefine(
        label,
        definition.kind(),
        definition.required(),
        definition.cleanUnit(),
        definition.choices());
  }

  private CategoryField requireUnchanged(long fieldId, long version) {
    CategoryField field =
        repository
            .findField(fieldId)
            .filter(f -> !f.getCategory().isRetired())
            .orElseThrow(() -> new Refused("This field no longer exists: reload the page."));
    if (field.getVersion() != version) {
      throw new Refused(
          "Someone changed the field “" + field.getLabel() + "” meanwhile: reload the page.");
    }
    return field;
  }

  /** The fields a listing of the category, or of one above or below it, may show beside these. */
  private List<CategoryField> related(Category category) {
    return repository.allFields().stream()
        .filter(f -> isRelated(f.getCategory(), category))
        .toList();
  }

  private static boolean isRelated(Category other, Category category) {
    return other.equals(category)
        || other.equals(category.getParent())
        || category.equals(other.getParent());
  }

  private static String uniqueLabel(String label, List<CategoryField> related, CategoryField self) {
    boolean taken =
        related.stream().anyMatch(f -> !f.equals(self) && f.getLabel().equalsIgnoreCase(label));
    if (taken) {
      throw new Refused(
          "label", "There is a field “" + label + "” in this category or one above or below it.");
    }
    return label;
  }

  private static String freshKey(String label, List<CategoryField> related) {
    Set<String> keys =
        related.stream().map(f -> f.getKey().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    String base = CategoryNames.key(label);
    String key = base;
    for (int n = 2; keys.contains(key); n++) {
      key = base + "_" + n;
    }
    return key;
  }

  private void record(AuditEvent event) {
    auditLog.record(caller.get(), event);
    changed.fire(new CategoriesChanged());
  }
}
