package org.corkboard.search.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionsTest {

  @TempDir Path folder;

  @Test
  void completesTheStartOfAnyWordInTitlesAndCategoryNames() throws IOException {
    try (TestIndex index = TestIndex.with(folder.resolve("index"), TestListings.ALL);
        Suggestions suggestions = Suggestions.inMemory()) {
      suggestions.rebuildFrom(index.index);

      assertThat(suggestions.lookup("moun", 5))
          .containsExactly("Mountain bikes", "Mountain bike Cube");
      assertThat(suggestions.lookup("elec", 5)).containsExactly("Electronics");
      assertThat(suggestions.lookup("red bi", 5)).containsExactly("Red bicycle for commuting");
      assertThat(suggestions.lookup("sof", 5)).containsExactly("Free sofa");
    }
  }

  @Test
  void moreFrequentTextsComeFirst() throws IOException {
    try (Suggestions suggestions = Suggestions.inMemory()) {
      suggestions.rebuild(
          List.of("Bikes", "Bike helmet", "Bikes", "Bikes", "Bike lock", "Bike lock"));

      assertThat(suggestions.lookup("bik", 2)).containsExactly("Bikes", "Bike lock");
    }
  }

  @Test
  void umlautsAndAccentsAreFolded() throws IOException {
    try (Suggestions suggestions = Suggestions.inMemory()) {
      suggestions.rebuild(List.of("Fahrräder", "Café table"));

      assertThat(suggestions.lookup("fahrra", 5)).containsExactly("Fahrräder");
      assertThat(suggestions.lookup("Fahrrä", 5)).containsExactly("Fahrräder");
      assertThat(suggestions.lookup("cafe", 5)).containsExactly("Café table");
    }
  }

  @Test
  void suggestionsInAFolderSurviveReopening() throws IOException {
    try (Suggestions suggestions = Suggestions.open(folder)) {
      suggestions.rebuild(List.of("Lawn mower"));
    }
    try (Suggestions suggestions = Suggestions.open(folder)) {
      assertThat(suggestions.lookup("mow", 5)).containsExactly("Lawn mower");
    }
  }

  @Test
  void anyTypedTextIsAnsweredWithoutError() throws IOException {
    try (Suggestions suggestions = Suggestions.inMemory()) {
      assertThat(suggestions.lookup("bike", 5)).isEmpty();
      suggestions.rebuild(List.of("Bikes"));
      for (String typed :
          new String[] {
            null, "", " ", "*", "-", "\"", "\u0000\u0007", "a".repeat(10_000), "🚲", "(b"
          }) {
        assertThatCode(() -> suggestions.lookup(typed, 5)).as(typed).doesNotThrowAnyException();
      }
      assertThat(suggestions.lookup("bike", 0)).isEmpty();
    }
  }
}
