package org.corkboard.category.entity;

/** The kinds of extra fields a category can ask of its listings. */
public enum FieldKind {
  TEXT("Text"),
  NUMBER("Number"),
  DATE("Date"),
  CHOICE("Choice of options"),
  /** Answered "Yes" or "No", chosen like a choice of those two. */
  YES_NO("Yes or no");

  private final String label;

  FieldKind(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
