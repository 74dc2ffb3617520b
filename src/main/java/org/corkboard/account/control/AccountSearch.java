package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountSort;

/**
 * Finds accounts by a part of their name, username or e-mail address, regardless of case; counted,
 * sorted and paged in the database. Usernames and addresses are stored in lower case already.
 */
@ApplicationScoped
public class AccountSearch {

  private static final String MATCHES =
      " WHERE LOWER(a.displayName) LIKE :text ESCAPE '!'"
          + " OR a.username LIKE :text ESCAPE '!' OR a.email LIKE :text ESCAPE '!'";

  @PersistenceContext EntityManager em;

  /** A page of the accounts that match, their roles read in one more query (not one per row). */
  public List<Account> find(String text, AccountSort sort, int first, int size) {
    return matching("SELECT a FROM Account a", sort.orderBy(), Account.class, text)
        .setHint("eclipselink.batch", "a.roles")
        .setHint("eclipselink.batch.type", "IN")
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count(String text) {
    return matching("SELECT COUNT(a) FROM Account a", "", Long.class, text).getSingleResult();
  }

  /** The query over all accounts, or over those that match if there is text to match. */
  private <T> TypedQuery<T> matching(String select, String orderBy, Class<T> type, String text) {
    String part = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (part.isEmpty()) {
      return em.createQuery(select + orderBy, type);
    }
    return em.createQuery(select + MATCHES + orderBy, type)
        .setParameter("text", "%" + escaped(part) + "%");
  }

  /** The text with LIKE's wildcards taken literally. */
  static String escaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
