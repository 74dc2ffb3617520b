package org.corkboard.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.category.entity.FieldKind;
import org.corkboard.listing.control.ListingRules;
import org.corkboard.platform.Refused;
import org.corkboard.setting.boundary.RuntimeSettings;
import org.junit.jupiter.api.Test;

class CategoryFieldTest {

  private final Category housing = new Category("Housing", "housing", null, 0);

  private CategoryField rooms(boolean required) {
    return new CategoryField(housing, "rooms", "Rooms", FieldKind.NUMBER, required, 0)
        .withRange(null, BigDecimal.ONE, new BigDecimal("20"));
  }

  private CategoryField availableFrom() {
    return new CategoryField(housing, "from", "Available from", FieldKind.DATE, false, 1);
  }

  private CategoryField heating() {
    return new CategoryField(housing, "heating", "Heating", FieldKind.CHOICE, false, 2)
        .withChoices("Gas", "District", "Heat pump");
  }

  private CategoryField street() {
    return new CategoryField(housing, "street", "Street", FieldKind.TEXT, false, 3);
  }

  @Test
  void aRequiredFieldMustBeFilledIn() {
    for (String empty : new String[] {null, "", "   "}) {
      assertThat(rooms(true).problemWith(empty)).contains("Fill in rooms.");
    }
  }

  @Test
  void anOptionalFieldMayStayEmptyWhateverItsKind() {
    for (CategoryField field : List.of(rooms(false), availableFrom(), heating(), street())) {
      assertThat(field.problemWith(null)).isEmpty();
      assertThat(field.problemWith(" ")).isEmpty();
    }
  }

  @Test
  void aNumberMustBeANumber() {
    assertThat(rooms(false).problemWith("three")).contains("Enter a number.");
    assertThat(rooms(false).problemWith("3,5")).contains("Enter a number.");
    assertThat(rooms(false).problemWith(" 3.5 ")).isEmpty();
  }

  @Test
  void aNumberMustBeWithinItsRangeBoundsIncluded() {
    String message = "Enter a number from 1 to 20.";
    assertThat(rooms(false).problemWith("0")).contains(message);
    assertThat(rooms(false).problemWith("20.5")).contains(message);
    assertThat(rooms(false).problemWith("-1")).contains(message);
    assertThat(rooms(false).problemWith("1")).isEmpty();
    assertThat(rooms(false).problemWith("20")).isEmpty();
  }

  @Test
  void aNumberWithoutARangeMayBeAnything() {
    CategoryField size = new CategoryField(housing, "size", "Size", FieldKind.NUMBER, false, 0);

    assertThat(size.problemWith("123456789.5")).isEmpty();
  }

  @Test
  void aDateIsWrittenYearMonthDay() {
    String message = "Enter a date as year-month-day, e.g. 2026-12-24.";
    assertThat(availableFrom().problemWith("24.12.2026")).contains(message);
    assertThat(availableFrom().problemWith("2026-13-01")).contains(message);
    assertThat(availableFrom().problemWith("2026-02-30")).contains(message);
    assertThat(availableFrom().problemWith("2026-12-24")).isEmpty();
  }

  @Test
  void aChoiceMustBeOneOfTheListedValues() {
    assertThat(heating().getChoices()).containsExactly("Gas", "District", "Heat pump");
    assertThat(heating().problemWith("Heat pump")).isEmpty();
    assertThat(heating().problemWith(" Gas ")).isEmpty();
    assertThat(heating().problemWith("Coal")).contains("Choose one of the listed values.");
    assertThat(heating().problemWith("gas")).contains("Choose one of the listed values.");
  }

  @Test
  void aTextHasAtMostEightyCharacters() {
    assertThat(street().problemWith("x".repeat(80))).isEmpty();
    assertThat(street().problemWith("x".repeat(81))).contains("Use at most 80 characters.");
  }

  private final ListingRules rules = new ListingRules(RuntimeSettings.withoutDatabase());

  @Test
  void detailsKeepOnlyTheCategorysFieldsTrimmed() {
    Map<String, String> typed = new HashMap<>();
    typed.put("rooms", " 3 ");
    typed.put("heating", "Gas ");
    typed.put("pets", "yes");

    Map<String, String> details = rules.details(List.of(rooms(true), heating()), typed);

    assertThat(details).containsOnly(Map.entry("rooms", "3"), Map.entry("heating", "Gas"));
  }

  @Test
  void detailsLeaveOutOptionalFieldsLeftBlank() {
    Map<String, String> typed = new HashMap<>();
    typed.put("rooms", "2");
    typed.put("from", "  ");

    Map<String, String> details =
        rules.details(List.of(rooms(true), availableFrom(), street()), typed);

    assertThat(details).containsOnly(Map.entry("rooms", "2"));
  }

  @Test
  void aWrongDetailIsRefusedNamingItsFieldAndLabel() {
    assertThatThrownBy(() -> rules.details(List.of(rooms(true)), Map.of("rooms", "40")))
        .isInstanceOf(Refused.class)
        .hasMessage("Rooms: Enter a number from 1 to 20.")
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("detail_rooms"));
  }

  @Test
  void aMissingRequiredDetailIsRefused() {
    assertThatThrownBy(() -> rules.details(List.of(heating(), rooms(true)), Map.of()))
        .isInstanceOf(Refused.class)
        .hasMessage("Rooms: Fill in rooms.")
        .satisfies(e -> assertThat(((Refused) e).field()).isEqualTo("detail_rooms"));
  }

  @Test
  void aYesOrNoFieldIsAnsweredYesOrNo() {
    CategoryField garden =
        new CategoryField(housing, "garden", "Garden", FieldKind.YES_NO, true, 4);
    assertThat(garden.getChoices()).containsExactly("Yes", "No");
    assertThat(garden.problemWith("Yes")).isEmpty();
    assertThat(garden.problemWith("maybe")).contains("Choose one of the listed values.");
    assertThat(garden.problemWith("")).contains("Fill in garden.");
  }

  @Test
  void aRedefinedFieldKeepsItsKeyAndDropsWhatItsKindHasNot() {
    CategoryField field = heating();
    field.redefine("Size", FieldKind.NUMBER, true, "m²", List.of("a", "b"));
    assertThat(field.getKey()).isEqualTo("heating");
    assertThat(field.getChoices()).isEmpty();
    assertThat(field.describe()).isEqualTo("Size (number in m², required)");
    field.redefine("Heating", FieldKind.CHOICE, false, "m²", List.of("Gas", "Oil"));
    assertThat(field.getUnit()).isNull();
    assertThat(field.describe()).isEqualTo("Heating (choice of options: Gas, Oil, optional)");
  }
}
