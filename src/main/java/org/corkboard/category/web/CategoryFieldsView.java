package org.corkboard.category.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.category.boundary.CategoryFieldAdministration;
import org.corkboard.category.boundary.FieldDefinition;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.category.entity.FieldKind;
import org.corkboard.platform.web.Actions;

/**
 * The extra fields on admin/categories/edit?id=…: the category's own, one of them changed or
 * removed, or a new one added. The form below the table adds a field, or changes the one chosen.
 */
@Named
@ViewScoped
public class CategoryFieldsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CategoryFieldAdministration administration;
  @Inject CategoryEditView edit;

  /** Read again after a postback: entities are not kept in the session. */
  private transient List<CategoryField> fields;

  private Long fieldId;
  private long fieldVersion;
  private String label;
  private FieldKind kind;
  private boolean required;
  private String unit;
  private String options;

  public List<CategoryField> getFields() {
    if (fields == null) {
      fields = edit.getCategory() == null ? List.of() : administration.fieldsOf(edit.getId());
    }
    return fields;
  }

  /** Fills the form with the field, to change it. */
  public void choose(CategoryField field) {
    fieldId = field.getId();
    fieldVersion = field.getVersion();
    label = field.getLabel();
    kind = field.getKind();
    required = field.isRequired();
    unit = field.getUnit();
    options = field.getKind() == FieldKind.CHOICE ? String.join("\n", field.getChoices()) : null;
  }

  public void save() {
    FieldDefinition definition = new FieldDefinition(label, kind, required, unit, options);
    boolean saved =
        Actions.succeeded(
            () -> {
              if (fieldId == null) {
                administration.add(edit.getId(), definition);
              } else {
                administration.change(fieldId, fieldVersion, definition);
              }
            });
    if (saved) {
      Actions.confirm(
          (fieldId == null ? "Added" : "Changed") + " the field “" + label.strip() + "”.");
      clear();
    }
  }

  public void remove(CategoryField field) {
    if (Actions.succeeded(() -> administration.remove(field.getId(), field.getVersion()))) {
      Actions.confirm("Removed the field “" + field.getLabel() + "”.");
      clear();
    }
  }

  /** Empties the form, for a new field. */
  public void clear() {
    fieldId = null;
    label = null;
    kind = null;
    required = false;
    unit = null;
    options = null;
    fields = null;
  }

  public FieldKind[] getKinds() {
    return FieldKind.values();
  }

  public boolean isChanging() {
    return fieldId != null;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public FieldKind getKind() {
    return kind;
  }

  public void setKind(FieldKind kind) {
    this.kind = kind;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getOptions() {
    return options;
  }

  public void setOptions(String options) {
    this.options = options;
  }
}
