package org.corkboard.category.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An extra detail a category asks of its listings and of its sub-categories' listings (Housing:
 * rooms, size, available from). Defined as data, so a new field needs no code.
 */
@Entity
@Cacheable
@Table(name = "category_field")
@NamedQuery(
    name = "CategoryField.findAll",
    query = "SELECT f FROM CategoryField f ORDER BY f.position, f.id")
public class CategoryField {

  private static final int MAX_TEXT = 80;
  private static final List<String> YES_NO = List.of("Yes", "No");

  @Id
  @SequenceGenerator(
      name = "category_field_seq",
      sequenceName = "category_field_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_field_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "category_id")
  private Category category;

  private String fieldKey;
  private String label;

  @Enumerated(EnumType.STRING)
  private FieldKind kind;

  private boolean required;
  private String unit;
  private BigDecimal minValue;
  private BigDecimal maxValue;

  /** For CHOICE fields: the allowed values, separated by "|". */
  private String choices;

  private int position;

  @Version private long version;

  protected CategoryField() {}

  public CategoryField(
      Category category, String key, String label, FieldKind kind, boolean required, int position) {
    this.category = Objects.requireNonNull(category);
    this.fieldKey = Objects.requireNonNull(key);
    this.label = Objects.requireNonNull(label);
    this.kind = Objects.requireNonNull(kind);
    this.required = required;
    this.position = position;
  }

  public CategoryField withRange(String unit, BigDecimal min, BigDecimal max) {
    this.unit = unit;
    this.minValue = min;
    this.maxValue = max;
    return this;
  }

  public CategoryField withChoices(String... values) {
    this.choices = String.join("|", values);
    return this;
  }

  /** What is wrong with the value typed for this field, in words for the person typing it. */
  public Optional<String> problemWith(String raw) {
    String value = raw == null ? "" : raw.strip();
    if (value.isEmpty()) {
      return required
          ? Optional.of("Fill in " + label.toLowerCase(Locale.ROOT) + ".")
          : Optional.empty();
    }
    return switch (kind) {
      case TEXT ->
          value.length() > MAX_TEXT
              ? Optional.of("Use at most " + MAX_TEXT + " characters.")
              : Optional.empty();
      case NUMBER -> numberProblem(value);
      case DATE -> dateProblem(value);
      case CHOICE, YES_NO ->
          getChoices().contains(value)
              ? Optional.empty()
              : Optional.of("Choose one of the listed values.");
    };
  }

  private Optional<String> numberProblem(String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value);
    } catch (NumberFormatException e) {
      return Optional.of("Enter a number.");
    }
    if ((minValue != null && number.compareTo(minValue) < 0)
        || (maxValue != null && number.compareTo(maxValue) > 0)) {
      return Optional.of(rangeMessage());
    }
    return Optional.empty();
  }

  private String rangeMessage() {
    if (minValue == null) {
      return "Enter a number up to " + plain(maxValue) + ".";
    }
    if (maxValue == null) {
      return "Enter a number of at least " + plain(minValue) + ".";
    }
    return "Enter a number from " + plain(minValue) + " to " + plain(maxValue) + ".";
  }

  private static Optional<String> dateProblem(String value) {
    try {
      LocalDate.parse(value);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("Enter a date as year-month-day, e.g. 2026-12-24.");
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  public Long getId() {
    return id;
  }

  public Category getCategory() {
    return category;
  }

  public String getKey() {
    return fieldKey;
  }

  public String getLabel() {
    return label;
  }

  public FieldKind getKind() {
    return kind;
  }

  public boolean isRequired() {
    return required;
  }

  public String getUnit() {
    return unit;
  }

  /** The values one chooses from: a choice's options, "Yes" and "No"; none for other kinds. */
  public List<String> getChoices() {
    if (kind == FieldKind.YES_NO) {
      return YES_NO;
    }
    return choices == null ? List.of() : Arrays.asList(choices.split("\\|"));
  }

  public long getVersion() {
    return version;
  }

  public int getPosition() {
    return position;
  }

  /**
   * Changes what the field asks; its key stays, so the values listings hold for it stay theirs. A
   * unit belongs to numbers and options to choices only.
   */
  public void redefine(
      String label, FieldKind kind, boolean required, String unit, List<String> options) {
    this.label = Objects.requireNonNull(label);
    this.kind = Objects.requireNonNull(kind);
    this.required = required;
    this.unit = kind == FieldKind.NUMBER ? unit : null;
    this.choices = kind == FieldKind.CHOICE ? String.join("|", options) : null;
  }

  /** The field in a few words, for the audit log: "Size (number in m², optional)". */
  public String describe() {
    StringBuilder text =
        new StringBuilder(label).append(" (").append(kind.getLabel().toLowerCase(Locale.ROOT));
    if (unit != null) {
      text.append(" in ").append(unit);
    }
    if (kind == FieldKind.CHOICE) {
      text.append(": ").append(String.join(", ", getChoices()));
    }
    return text.append(required ? ", required)" : ", optional)").toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CategoryField field && id != null && id.equals(field.id);
  }

  @Override
  public int hashCode() {
    return CategoryField.class.hashCode();
  }
}
