package org.corkboard.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;

/**
 * The audit log in the database: appended to, and searched, counted and paged there. There is
 * deliberately no method that changes or removes an entry.
 */
@ApplicationScoped
public class AuditEntries {

  @PersistenceContext EntityManager em;

  public void append(AuditEntry entry) {
    em.persist(entry);
  }

  /** A page of the entries the filter finds, in the given order. */
  public List<AuditEntry> find(
      AuditFilter filter, ZoneId zone, AuditSort sort, int first, int size) {
    Where where = where(filter, zone);
    TypedQuery<AuditEntry> query =
        em.createQuery("SELECT e FROM AuditEntry e" + where.text + orderBy(sort), AuditEntry.class);
    where.parameters.forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(size).getResultList();
  }

  public long count(AuditFilter filter, ZoneId zone) {
    Where where = where(filter, zone);
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where.text, Long.class);
    where.parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * The newest entries about an account (subject kind "account" or "profile") or made by its owner,
   * each read off its own index.
   */
  public List<AuditEntry> ofAccount(long accountId, int limit) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE (e.subjectKind IN ('account', 'profile')"
                + " AND e.subjectId = :subject) OR e.actorId = :actor"
                + " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEntry.class)
        .setParameter("subject", String.valueOf(accountId))
        .setParameter("actor", accountId)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The action codes in the log, for the page to offer. Read off the action index. */
  public List<String> actions() {
    return em.createQuery(
            "SELECT DISTINCT e.action FROM AuditEntry e ORDER BY e.action", String.class)
        .getResultList();
  }

  private record Where(String text, Map<String, Object> parameters) {}

  private static Where where(AuditFilter filter, ZoneId zone) {
    StringJoiner conditions = new StringJoiner(" AND ", " WHERE ", "").setEmptyValue("");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.person() != null) {
      conditions.add("e.actorUsername = :person");
      parameters.put("person", filter.person());
    }
    if (filter.action() != null) {
      // Codes are letters, hyphens and dots only (AuditEvent.ACTION), so no LIKE wildcard.
      conditions.add("(e.action = :action OR e.action LIKE :family)");
      parameters.put("action", filter.action());
      parameters.put("family", filter.action() + ".%");
    }
    Instant since = filter.since(zone);
    if (since != null) {
      conditions.add("e.occurredAt >= :since");
      parameters.put("since", since);
    }
    Instant until = filter.until(zone);
    if (until != null) {
      conditions.add("e.occurredAt < :until");
      parameters.put("until", until);
    }
    return new Where(conditions.toString(), parameters);
  }

  private static String orderBy(AuditSort sort) {
    String direction = sort.ascending() ? " ASC" : " DESC";
    String newestFirst = "e.occurredAt DESC, e.id DESC";
    return switch (sort.column()) {
      case OCCURRED_AT -> " ORDER BY e.occurredAt" + direction + ", e.id" + direction;
      case ACTOR, ACTION ->
          " ORDER BY e." + sort.column().property() + direction + ", " + newestFirst;
    };
  }
}
