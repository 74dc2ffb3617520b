package org.corkboard.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corkboard.account.entity.Account;
import org.corkboard.search.entity.AlertMail;
import org.corkboard.search.entity.SavedSearch;
import org.corkboard.search.entity.SavedSearchAlert;

/** Saved searches and their alerts in the database. */
@ApplicationScoped
public class SavedSearchRepository {

  @PersistenceContext EntityManager em;

  public SavedSearch store(SavedSearch search) {
    em.persist(search);
    return search;
  }

  public Optional<SavedSearch> find(long id) {
    return Optional.ofNullable(em.find(SavedSearch.class, id));
  }

  public void remove(SavedSearch search) {
    em.remove(search);
  }

  /** The person's saved searches, newest first. */
  public List<SavedSearch> of(Account owner) {
    return em.createQuery(
            "SELECT s FROM SavedSearch s WHERE s.owner = :owner ORDER BY s.createdAt DESC, s.id DESC",
            SavedSearch.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public long count(Account owner) {
    return em.createQuery("SELECT COUNT(s) FROM SavedSearch s WHERE s.owner = :owner", Long.class)
        .setParameter("owner", owner)
        .getSingleResult();
  }

  /** Every saved search that is not paused, except the person's own, with its owner: one query. */
  public List<SavedSearch> activeExceptOf(long ownerId) {
    return em.createQuery(
            "SELECT s FROM SavedSearch s JOIN FETCH s.owner o"
                + " WHERE s.paused = false AND o.id <> :owner",
            SavedSearch.class)
        .setParameter("owner", ownerId)
        .getResultList();
  }

  /** The saved searches that have told of the listing already. */
  public Set<Long> alertedFor(long listingId) {
    return new HashSet<>(
        em.createQuery(
                "SELECT a.savedSearch.id FROM SavedSearchAlert a WHERE a.listingId = :listing",
                Long.class)
            .setParameter("listing", listingId)
            .getResultList());
  }

  public void store(SavedSearchAlert alert) {
    em.persist(alert);
  }

  /** The people with alerts waiting for their daily digest. */
  public List<Long> digestOwners() {
    return em.createQuery(
            "SELECT DISTINCT a.savedSearch.owner.id FROM SavedSearchAlert a WHERE a.mail = :mail",
            Long.class)
        .setParameter("mail", AlertMail.DIGEST)
        .getResultList();
  }

  /** A person's alerts waiting for the digest, locked, by saved search and then oldest first. */
  public List<SavedSearchAlert> forDigest(long ownerId) {
    return em.createQuery(
            "SELECT a FROM SavedSearchAlert a JOIN FETCH a.savedSearch s"
                + " WHERE s.owner.id = :owner AND a.mail = :mail"
                + " ORDER BY s.name, s.id, a.createdAt, a.id",
            SavedSearchAlert.class)
        .setParameter("owner", ownerId)
        .setParameter("mail", AlertMail.DIGEST)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }
}
