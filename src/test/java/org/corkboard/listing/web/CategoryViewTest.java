package org.corkboard.listing.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.corkboard.listing.entity.Sort;
import org.junit.jupiter.api.Test;

class CategoryViewTest {

  @Test
  void priceSortsAreChosenByName() {
    assertThat(CategoryView.sortOf("price-low")).isEqualTo(Sort.PRICE_LOW);
    assertThat(CategoryView.sortOf("price-high")).isEqualTo(Sort.PRICE_HIGH);
  }

  @Test
  void anythingElseSortsNewestFirst() {
    assertThat(CategoryView.sortOf(null)).isEqualTo(Sort.NEWEST);
    assertThat(CategoryView.sortOf("")).isEqualTo(Sort.NEWEST);
    assertThat(CategoryView.sortOf("newest")).isEqualTo(Sort.NEWEST);
    assertThat(CategoryView.sortOf("PRICE-LOW")).isEqualTo(Sort.NEWEST);
    assertThat(CategoryView.sortOf("price-low ")).isEqualTo(Sort.NEWEST);
  }
}
