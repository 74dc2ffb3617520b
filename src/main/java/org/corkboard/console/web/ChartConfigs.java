package org.corkboard.console.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corkboard.console.boundary.DailySeries;
import org.corkboard.console.boundary.WeeklyCounts;

/**
 * The dashboard's charts as the Chart.js configurations {@code <p:chart>} takes: the database's
 * counts, labelled and coloured. No script of the page's own: the content security policy stays.
 */
final class ChartConfigs {

  /** Made once: each Json.create… call looks the provider up through the service loader again. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final List<String> COLOURS =
      List.of(
          "#2563eb", "#16a34a", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
          "#ea580c", "#4f46e5", "#0d9488", "#9333ea", "#57534e");

  private ChartConfigs() {}

  /** A bar per day, stacked from one part per series. */
  static String stackedBars(DailySeries daily) {
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (int i = 0; i < daily.series().size(); i++) {
      DailySeries.Series series = daily.series().get(i);
      datasets.add(dataset(series.name(), series.counts(), COLOURS.get(i % COLOURS.size())));
    }
    return config(labels(daily.days()), datasets, true);
  }

  /** A bar per week. */
  static String bars(String label, WeeklyCounts weekly) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    weekly.weeks().forEach(monday -> labels.add("Week of " + DAY.format(monday)));
    return config(
        labels,
        JSON.createArrayBuilder().add(dataset(label, weekly.counts(), COLOURS.get(0))),
        false);
  }

  private static JsonArrayBuilder labels(List<LocalDate> days) {
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    days.forEach(day -> labels.add(DAY.format(day)));
    return labels;
  }

  private static JsonObjectBuilder dataset(String label, List<Long> counts, String colour) {
    JsonArrayBuilder data = JSON.createArrayBuilder();
    counts.forEach(data::add);
    return JSON.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stack) {
    JsonObject axis = JSON.createObjectBuilder().add("stacked", stack).build();
    JsonObject counts =
        JSON.createObjectBuilder()
            .add("stacked", stack)
            .add("beginAtZero", true)
            .add("ticks", JSON.createObjectBuilder().add("precision", 0))
            .build();
    return JSON.createObjectBuilder()
        .add("type", "bar")
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", JSON.createObjectBuilder().add("x", axis).add("y", counts)))
        .build()
        .toString();
  }
}
