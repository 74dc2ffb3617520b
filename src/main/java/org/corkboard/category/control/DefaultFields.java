package org.corkboard.category.control;

import java.math.BigDecimal;
import java.util.List;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.category.entity.FieldKind;

/** The extra fields a new Corkboard's categories start with. */
final class DefaultFields {

  private DefaultFields() {}

  static List<CategoryField> forCategory(Category category) {
    return switch (category.getSlug()) {
      case "housing" ->
          List.of(
              new CategoryField(category, "rooms", "Rooms", FieldKind.NUMBER, false, 0)
                  .withRange(null, BigDecimal.ONE, BigDecimal.valueOf(20)),
              new CategoryField(category, "size", "Size", FieldKind.NUMBER, false, 1)
                  .withRange("m²", BigDecimal.ONE, BigDecimal.valueOf(1000)),
              new CategoryField(category, "available", "Available from", FieldKind.DATE, true, 2));
      case "rides" ->
          List.of(
              new CategoryField(category, "from", "From", FieldKind.TEXT, true, 0),
              new CategoryField(category, "to", "To", FieldKind.TEXT, true, 1),
              new CategoryField(category, "date", "Date", FieldKind.DATE, true, 2),
              new CategoryField(category, "seats", "Free seats", FieldKind.NUMBER, true, 3)
                  .withRange(null, BigDecimal.ONE, BigDecimal.valueOf(8)));
      case "jobs" ->
          List.of(
              new CategoryField(category, "department", "Department", FieldKind.TEXT, false, 0),
              new CategoryField(category, "contract", "Contract", FieldKind.CHOICE, true, 1)
                  .withChoices("Permanent", "Fixed term", "Part time", "Internship"));
      default -> List.of();
    };
  }
}
