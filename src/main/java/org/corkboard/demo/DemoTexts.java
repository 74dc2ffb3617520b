package org.corkboard.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.listing.entity.Condition;

/** The words of a demo listing beyond its title: description, condition and details. */
final class DemoTexts {

  private static final Pattern DAYS_AHEAD = Pattern.compile("\\+(\\d+)\\.\\.(\\d+)");
  private static final Pattern RANGE = Pattern.compile("(\\d+)-(\\d+)");

  private static final List<String> SALE_CLOSINGS =
      List.of(
          "Pick-up at {site}, or I bring it to work.",
          "Cash or bank transfer on pick-up.",
          "Message me here; I usually answer in the evening.",
          "Can be seen at {site} any weekday.",
          "Price is firm, but I add a coffee.",
          "Pick-up in {town}, weekends preferred.");
  private static final List<String> FREE_CLOSINGS =
      List.of(
          "No holds, sorry: whoever collects first gets it.",
          "I can bring it to {site} on Monday.",
          "Pick-up in {town} after 18:00.");

  /** The most common conditions weigh most: good, like new, then fair and new. */
  private static final List<Condition> CONDITIONS =
      List.of(
          Condition.NEW,
          Condition.LIKE_NEW,
          Condition.LIKE_NEW,
          Condition.LIKE_NEW,
          Condition.GOOD,
          Condition.GOOD,
          Condition.GOOD,
          Condition.GOOD,
          Condition.FAIR,
          Condition.FAIR);

  private DemoTexts() {}

  /** The template's description with its choices made, for sales sometimes with a last line. */
  static String description(Template template, Random random) {
    String description = DemoCatalogue.choose(template.description(), random);
    List<String> closings =
        switch (template.type()) {
          case FOR_SALE -> SALE_CLOSINGS;
          case FREE -> FREE_CLOSINGS;
          default -> List.of();
        };
    boolean close = random.nextBoolean();
    int closing = random.nextInt(SALE_CLOSINGS.size());
    return close && !closings.isEmpty()
        ? description + "\n\n" + closings.get(closing % closings.size())
        : description;
  }

  /** A condition for things whose wear matters, none for anything else. */
  static Condition condition(Template template, Random random) {
    Condition condition = CONDITIONS.get(random.nextInt(CONDITIONS.size()));
    return template.hasCondition() && template.type().hasCondition() ? condition : null;
  }

  /**
   * The details a template's spec describes: {@code rooms=1-3} a number in the range, {@code
   * available=+3..40} a date that many days after {@code today}, anything else a text.
   */
  static Map<String, String> details(String spec, LocalDate today, Random random) {
    Map<String, String> details = new LinkedHashMap<>();
    for (String pair : spec.isBlank() ? new String[0] : spec.split(";")) {
      String key = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      Matcher days = DAYS_AHEAD.matcher(value);
      Matcher range = RANGE.matcher(value);
      if (days.matches()) {
        details.put(key, today.plusDays(between(days, random)).toString());
      } else if (range.matches()) {
        details.put(key, String.valueOf(between(range, random)));
      } else {
        details.put(key, DemoCatalogue.choose(value, random));
      }
    }
    return Collections.unmodifiableMap(details);
  }

  private static int between(Matcher bounds, Random random) {
    int low = Integer.parseInt(bounds.group(1));
    int high = Integer.parseInt(bounds.group(2));
    return low + random.nextInt(high - low + 1);
  }
}
