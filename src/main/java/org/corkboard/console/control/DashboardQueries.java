package org.corkboard.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The dashboard's aggregates, each one SQL statement that counts in the database over one range of
 * an index (migration V18), so that they stay quick with a hundred thousand listings. Plain SQL
 * over the features' tables: the dashboard counts rows and needs none of their entities, nor ties
 * their features to it. Days are UTC days, the same on every node and in both databases ({@code AT
 * TIME ZONE 'UTC'} before a timestamp is cut to its date).
 */
@ApplicationScoped
public class DashboardQueries {

  private static final String UTC_DAY = "CAST(%s AT TIME ZONE 'UTC' AS DATE)";

  @PersistenceContext EntityManager em;

  /**
   * People, active listings, listings posted since {@code weekStart} (drafts aside), messages sent
   * since {@code dayStart}, mails waiting to be sent, reports waiting for a decision.
   */
  public Object[] counts(Instant weekStart, Instant dayStart) {
    return (Object[])
        em.createNativeQuery(
                "SELECT (SELECT COUNT(*) FROM account),"
                    + " (SELECT COUNT(*) FROM listing WHERE status = 'ACTIVE'),"
                    + " (SELECT COUNT(*) FROM listing WHERE created_at >= ?1"
                    + " AND status <> 'DRAFT'),"
                    + " (SELECT COUNT(*) FROM message WHERE sent_at >= ?2),"
                    + " (SELECT COUNT(*) FROM outgoing_mail),"
                    + " (SELECT COALESCE(SUM(open_reports), 0) FROM moderation_case"
                    + " WHERE waiting = TRUE)")
            .setParameter(1, utc(weekStart))
            .setParameter(2, utc(dayStart))
            .getSingleResult();
  }

  /**
   * Listings posted since {@code since} (drafts aside), per UTC day and top-level category: rows of
   * day, category name, count, in the categories' order.
   */
  @SuppressWarnings("unchecked")
  public List<Object[]> newListingsPerDayAndCategory(Instant since) {
    return em.createNativeQuery(
            "SELECT t.calendar_day, c.name, COUNT(*) FROM (SELECT "
                + UTC_DAY.formatted("l.created_at")
                + " AS calendar_day, l.top_category_id AS category_id FROM listing l"
                + " WHERE l.created_at >= ?1 AND l.status <> 'DRAFT') t"
                + " JOIN category c ON c.id = t.category_id"
                + " GROUP BY t.calendar_day, c.position, c.name ORDER BY c.position, c.name, t.calendar_day")
        .setParameter(1, utc(since))
        .getResultList();
  }

  /** Reports made since {@code since}, per UTC day and reason: rows of day, reason, count. */
  @SuppressWarnings("unchecked")
  public List<Object[]> reportsPerDayAndReason(Instant since) {
    return em.createNativeQuery(
            "SELECT t.calendar_day, t.reason, COUNT(*) FROM (SELECT "
                + UTC_DAY.formatted("created_at")
                + " AS calendar_day, reason FROM report WHERE created_at >= ?1) t"
                + " GROUP BY t.calendar_day, t.reason ORDER BY t.reason, t.calendar_day")
        .setParameter(1, utc(since))
        .getResultList();
  }

  /** Accounts made since {@code since}, per UTC day: rows of day and count. */
  @SuppressWarnings("unchecked")
  public List<Object[]> signUpsPerDay(Instant since) {
    return em.createNativeQuery(
            "SELECT t.calendar_day, COUNT(*) FROM (SELECT "
                + UTC_DAY.formatted("created_at")
                + " AS calendar_day FROM account WHERE created_at >= ?1) t GROUP BY t.calendar_day ORDER BY t.calendar_day")
        .setParameter(1, utc(since))
        .getResultList();
  }

  /** A date as the JDBC driver returns it (java.sql.Date or LocalDate), as a LocalDate. */
  public static LocalDate day(Object value) {
    return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
