package org.corkboard.search.control;

import java.util.Arrays;
import java.util.Optional;

/** The orders a result can be shown in, each with the value of its GET parameter. */
public enum SearchSort {
  RELEVANCE("relevance"),
  NEWEST("newest"),
  PRICE_LOW("price-low"),
  PRICE_HIGH("price-high"),
  DISTANCE("distance");

  private final String parameter;

  SearchSort(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static Optional<SearchSort> ofParameter(String value) {
    return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
  }
}
