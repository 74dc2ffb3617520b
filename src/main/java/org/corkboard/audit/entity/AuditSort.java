package org.corkboard.audit.entity;

/**
 * The order of the audit log: by one of its columns, up or down, and then always newest first, so
 * that paging is stable.
 */
public record AuditSort(Column column, boolean ascending) {

  public static final AuditSort NEWEST_FIRST = new AuditSort(Column.OCCURRED_AT, false);

  /** The columns one may sort by, each with its property in queries. */
  public enum Column {
    OCCURRED_AT("occurredAt"),
    ACTOR("actorUsername"),
    ACTION("action");

    private final String property;

    Column(String property) {
      this.property = property;
    }

    public String property() {
      return property;
    }
  }

  /** The order of a column named by its property; any other name gives newest first. */
  public static AuditSort by(String property, boolean ascending) {
    for (Column column : Column.values()) {
      if (column.property.equals(property)) {
        return new AuditSort(column, ascending);
      }
    }
    return NEWEST_FIRST;
  }
}
