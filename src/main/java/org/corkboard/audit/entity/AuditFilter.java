package org.corkboard.audit.entity;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Which audit entries to show: of one person (by username), of one action or a family of actions
 * ({@code account.role} finds {@code account.role.grant} and {@code account.role.revoke}), within
 * whole days from and to (both included). Null means any.
 */
public record AuditFilter(String person, String action, LocalDate from, LocalDate to)
    implements Serializable {

  public static final AuditFilter ANY = new AuditFilter(null, null, null, null);

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z-]*(\\.[a-z][a-z-]*)*");
  private static final int MAX_USERNAME = 30;

  /** A filter as the page's fields sent it, and notes on what could not be used. */
  public record Parsed(AuditFilter filter, List<String> notes) {}

  /**
   * The filter of the text a person typed. What cannot be used is left out, and a note says so: a
   * search never fails.
   */
  public static Parsed parse(String person, String action, String from, String to) {
    List<String> notes = new ArrayList<>();
    String username = person(person, notes);
    String actionCode = action(action, notes);
    LocalDate fromDate = date(from, "start", notes);
    LocalDate toDate = date(to, "end", notes);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      notes.add("The end date was before the start date; they are swapped.");
      LocalDate swap = fromDate;
      fromDate = toDate;
      toDate = swap;
    }
    return new Parsed(new AuditFilter(username, actionCode, fromDate, toDate), List.copyOf(notes));
  }

  private static String person(String text, List<String> notes) {
    String username = blankToNull(text);
    if (username != null && username.length() > MAX_USERNAME) {
      notes.add("A username has at most " + MAX_USERNAME + " characters; the person is left out.");
      return null;
    }
    return username == null ? null : username.toLowerCase(Locale.ROOT);
  }

  private static String action(String text, List<String> notes) {
    String action = blankToNull(text);
    if (action == null) {
      return null;
    }
    action = action.toLowerCase(Locale.ROOT);
    if (action.length() > 60 || !ACTION.matcher(action).matches()) {
      notes.add(
          "An action is written like account.role.grant (or account.role for all of them); the"
              + " action is left out.");
      return null;
    }
    return action;
  }

  private static LocalDate date(String text, String which, List<String> notes) {
    String date = blankToNull(text);
    if (date == null) {
      return null;
    }
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      notes.add("The " + which + " date is written like 2026-03-01; it is left out.");
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The first instant the filter covers, or null for no lower bound. */
  public Instant since(ZoneId zone) {
    return from == null ? null : from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the range, or null for no upper bound. */
  public Instant until(ZoneId zone) {
    return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The query string of this filter (without "?"), as the page and the export read it. */
  public String query() {
    StringJoiner query = new StringJoiner("&");
    add(query, "person", person);
    add(query, "action", action);
    add(query, "from", from == null ? null : from.toString());
    add(query, "to", to == null ? null : to.toString());
    return query.toString();
  }

  private static void add(StringJoiner query, String name, String value) {
    if (value != null) {
      query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
