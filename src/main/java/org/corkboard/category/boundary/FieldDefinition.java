package org.corkboard.category.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.corkboard.category.entity.FieldKind;
import org.corkboard.platform.Refused;

/**
 * An extra field as an administrator defines it. {@code unit} counts for numbers only; {@code
 * options} for choices only, one a line.
 */
public record FieldDefinition(
    @NotBlank(message = "Give the field a label.")
        @Size(max = 80, message = "A label has at most 80 characters.")
        String label,
    @NotNull(message = "Choose the kind of field.") FieldKind kind,
    boolean required,
    @Size(max = 20, message = "A unit has at most 20 characters.") String unit,
    String options) {

  static final int MAX_OPTIONS = 20;
  static final int MAX_OPTION = 40;

  /** The label as kept, without surrounding spaces. */
  public String cleanLabel() {
    return label.strip();
  }

  /** The unit as kept: a number's, if one is given. */
  public String cleanUnit() {
    return kind == FieldKind.NUMBER && unit != null && !unit.isBlank() ? unit.strip() : null;
  }

  /** A choice's options, one a line, checked; none for other kinds. */
  public List<String> choices() {
    if (kind != FieldKind.CHOICE) {
      return List.of();
    }
    List<String> choices =
        options == null
            ? List.of()
            : Arrays.stream(options.split("\\R"))
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
    if (choices.size() < 2) {
      throw new Refused("options", "List at least two options to choose from, one a line.");
    }
    if (choices.size() > MAX_OPTIONS) {
      throw new Refused("options", "Offer at most " + MAX_OPTIONS + " options.");
    }
    for (String choice : choices) {
      if (choice.length() > MAX_OPTION || choice.contains("|")) {
        throw new Refused(
            "options",
            "Keep each option to " + MAX_OPTION + " characters, without “|”: “" + choice + "”.");
      }
    }
    var seen = new HashSet<String>();
    if (!choices.stream().allMatch(c -> seen.add(c.toLowerCase(Locale.ROOT)))) {
      throw new Refused("options", "Each option must differ from the others.");
    }
    return choices;
  }
}
