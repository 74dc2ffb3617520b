package org.corkboard.category.entity;

/** The kinds of extra fields a category can ask of its listings. */
public enum FieldKind {
  TEXT,
  NUMBER,
  DATE,
  CHOICE
}
