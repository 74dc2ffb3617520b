package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.corkboard.category.entity.CategoryField;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.demo.DemoCatalogue.Town;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Price;
import org.corkboard.listing.entity.PriceMode;
import org.corkboard.site.entity.Site;
import org.junit.jupiter.api.Test;

class DemoCatalogueTest {

  private static final List<Template> ALL = DemoCatalogue.all();
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Test
  void coversEveryTopLevelCategory() {
    assertThat(ALL.stream().map(Template::top).collect(Collectors.toSet()))
        .containsAll(DefaultTree.slugs().keySet());
  }

  @Test
  void coversEverySubCategory() {
    Set<String> categories = ALL.stream().map(Template::category).collect(Collectors.toSet());

    DefaultTree.slugs().values().forEach(children -> assertThat(categories).containsAll(children));
  }

  @Test
  void everyTemplateIsInTheTopLevelCategoryItNames() {
    Map<String, List<String>> tree = DefaultTree.slugs();

    assertThat(ALL)
        .allSatisfy(
            t ->
                assertThat(t.category().equals(t.top()) || tree.get(t.top()).contains(t.category()))
                    .as(t.category() + " under " + t.top())
                    .isTrue());
  }

  @Test
  void coversEveryListingType() {
    assertThat(ALL.stream().map(Template::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ListingType.values());
  }

  @Test
  void everyPriceFitsWhatItsTypeAllows() {
    for (Template template : ALL) {
      for (int seed = 0; seed < 50; seed++) {
        Random random = new Random(seed);
        assertThatCode(() -> DemoPrices.of(template, random))
            .as(template.title())
            .doesNotThrowAnyException();
        Price price = DemoPrices.of(template, new Random(seed));
        assertThat(template.type().allows(price.getMode())).as(template.title()).isTrue();
      }
      if (template.low() > 0) {
        assertThatCode(() -> Price.of(PriceMode.FIXED, bd(template.low()), "EUR"))
            .doesNotThrowAnyException();
        assertThatCode(() -> Price.of(PriceMode.FIXED, bd(template.high()), "EUR"))
            .doesNotThrowAnyException();
        assertThat(template.high()).as(template.title()).isGreaterThanOrEqualTo(template.low());
      }
    }
  }

  @Test
  void everyAmountIsRoundedAndWithinTheTemplatesRange() {
    for (Template template : ALL) {
      for (int seed = 0; seed < 50; seed++) {
        Price price = DemoPrices.of(template, new Random(seed));
        if (price.getAmount() != null) {
          assertThat(price.getCurrency()).isEqualTo("EUR");
          assertThat(price.getAmount().intValue())
              .as(template.title())
              .isBetween(DemoPrices.rounded(template.low()), DemoPrices.rounded(template.high()));
        }
      }
    }
  }

  @Test
  void detailsPassTheFieldsOfTheirCategoryWhereverTheListingIs() {
    for (Template template : ALL) {
      List<CategoryField> fields = DefaultTree.fieldsOf(template.top());
      Set<String> keys = fields.stream().map(CategoryField::getKey).collect(Collectors.toSet());
      for (int seed = 0; seed < 20; seed++) {
        Map<String, String> details =
            placed(DemoTexts.details(template.details(), TODAY, new Random(seed)), seed);
        assertThat(keys).as(template.title()).containsAll(details.keySet());
        for (CategoryField field : fields) {
          assertThat(field.problemWith(details.get(field.getKey())))
              .as(template.title() + ": " + field.getKey())
              .isEmpty();
        }
      }
    }
  }

  @Test
  void textsFitTheListingFormWhereverTheListingIs() {
    for (Template template : ALL) {
      for (int seed = 0; seed < 20; seed++) {
        Random random = new Random(seed);
        String title = place(DemoCatalogue.choose(template.title(), random), seed);
        String description = place(DemoTexts.description(template, random), seed);

        assertThat(title.length()).as(title).isBetween(5, 100);
        assertThat(description).as(title).isNotBlank().hasSizeLessThanOrEqualTo(5000);
        assertThat(title + description).as(title).doesNotContain("{", "}");
      }
      assertThat(template.label().length()).as(template.label()).isBetween(3, 22);
    }
  }

  @Test
  void choosesOneOptionOfEachChoiceAndKeepsThePlaces() {
    String chosen = DemoCatalogue.choose("{Red|Blue} bike near {site}, {3|7} gears", new Random(1));

    assertThat(chosen).matches("(Red|Blue) bike near \\{site}, (3|7) gears");
  }

  @Test
  void fillsInThePlaces() {
    Town town = new Town("Potsdam", "14467");

    assertThat(
            DemoCatalogue.place("From {town} to {site} in {city}", "Headquarters", "Berlin", town))
        .isEqualTo("From Potsdam to Headquarters in Berlin");
  }

  private static String place(String text, int seed) {
    Site site = DemoFixtures.SITES.get(seed % DemoFixtures.SITES.size());
    List<Town> towns = DemoCatalogue.townsNear(site.getCity(), site.getPostalCode());
    return DemoCatalogue.place(
        text, site.getName(), site.getCity(), towns.get(seed / 4 % towns.size()));
  }

  private static Map<String, String> placed(Map<String, String> details, int seed) {
    return details.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> place(e.getValue(), seed)));
  }

  private static BigDecimal bd(int amount) {
    return BigDecimal.valueOf(amount);
  }
}
