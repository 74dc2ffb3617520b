package org.corkboard.category.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.corkboard.category.control.CategoryNames;
import org.corkboard.category.entity.FieldKind;
import org.corkboard.platform.Refused;
import org.junit.jupiter.api.Test;

class FieldDefinitionTest {

  @Test
  void aChoiceListsItsOptionsOneALine() {
    var definition =
        new FieldDefinition("Colour", FieldKind.CHOICE, true, "cm", " Red \r\n\nBlue\nGreen ");
    assertThat(definition.choices()).containsExactly("Red", "Blue", "Green");
    assertThat(definition.cleanUnit()).as("a unit is for numbers").isNull();
  }

  @Test
  void aChoiceWithoutOptionsIsRefused() {
    for (String options : new String[] {null, "", "  \n ", "Only one"}) {
      assertThatThrownBy(
              () -> new FieldDefinition("Colour", FieldKind.CHOICE, false, null, options).choices())
          .isInstanceOf(Refused.class)
          .hasMessageContaining("at least two options")
          .extracting(e -> ((Refused) e).field())
          .isEqualTo("options");
    }
  }

  @Test
  void optionsDifferAndStayShort() {
    assertThatThrownBy(
            () -> new FieldDefinition("Size", FieldKind.CHOICE, false, null, "S\ns").choices())
        .hasMessageContaining("differ");
    assertThatThrownBy(
            () -> new FieldDefinition("Size", FieldKind.CHOICE, false, null, "S\nM|L").choices())
        .hasMessageContaining("without “|”");
  }

  @Test
  void otherKindsHaveNoOptionsAndOnlyNumbersAUnit() {
    assertThat(new FieldDefinition("Garden", FieldKind.YES_NO, false, "m", "a\nb").choices())
        .isEmpty();
    assertThat(new FieldDefinition("Size", FieldKind.NUMBER, false, " m² ", null).cleanUnit())
        .isEqualTo("m²");
  }

  @Test
  void namesBecomeSlugsAndKeys() {
    assertThat(CategoryNames.slug("Home & garden")).isEqualTo("home-garden");
    assertThat(CategoryNames.slug("Crèches")).isEqualTo("creches");
    assertThat(CategoryNames.slug("€ €")).isEqualTo("category");
    assertThat(CategoryNames.key("Size in m²")).isEqualTo("size_in_m");
  }
}
