package org.corkboard.account.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * The order of the people table: by name, username, e-mail address or the day the account was made,
 * up or down, then by id, so that paging is stable. Newest first when nothing else is asked.
 */
public record AccountSort(String property, boolean ascending) implements Serializable {

  public static final AccountSort NEWEST_FIRST = new AccountSort("createdAt", false);

  private static final Set<String> SORTABLE =
      Set.of("displayName", "username", "email", "createdAt");

  /** The order of the property the table names; any other name gives newest first. */
  public static AccountSort by(String property, boolean ascending) {
    return SORTABLE.contains(property) ? new AccountSort(property, ascending) : NEWEST_FIRST;
  }

  /** The JPQL ORDER BY clause over an account {@code a}. */
  public String orderBy() {
    String direction = ascending ? " ASC" : " DESC";
    return " ORDER BY a." + property + direction + ", a.id" + direction;
  }
}
