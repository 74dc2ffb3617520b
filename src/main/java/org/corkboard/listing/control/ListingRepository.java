package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingCard;
import org.corkboard.listing.entity.ListingPicture;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;

/** Listings in the database. Lists are read as cards, paged in the database. */
@ApplicationScoped
public class ListingRepository {

  /** The columns of a card; every list query starts with it. */
  private static final String CARDS =
      "SELECT NEW org.corkboard.listing.entity.ListingCard(l.id, l.title, l.type, l.price.mode,"
          + " l.price.amount, l.price.currency, s.name, l.location.city, l.coverPictureId,"
          + " l.publishedAt, l.status, c.slug) FROM Listing l JOIN l.category c"
          + " LEFT JOIN l.location.site s ";

  @PersistenceContext EntityManager em;

  public Optional<Listing> find(long id) {
    return Optional.ofNullable(em.find(Listing.class, id));
  }

  public Listing store(Listing listing) {
    em.persist(listing);
    return listing;
  }

  public void remove(Listing listing) {
    em.createNamedQuery("ListingPicture.deleteByListing")
        .setParameter("listing", listing)
        .executeUpdate();
    em.remove(listing);
  }

  /** How a list is sorted. */
  public enum Sort {
    NEWEST("l.publishedAt DESC, l.id DESC"),
    PRICE_LOW("l.price.amount ASC, l.publishedAt DESC, l.id DESC"),
    PRICE_HIGH("l.price.amount DESC, l.publishedAt DESC, l.id DESC");

    private final String orderBy;

    Sort(String orderBy) {
      this.orderBy = orderBy;
    }
  }

  public List<ListingCard> newest(int limit) {
    return cards("WHERE l.status = :status", Sort.NEWEST)
        .setParameter("status", ListingStatus.ACTIVE)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ListingCard> newestOfType(ListingType type, int limit) {
    return cards("WHERE l.status = :status AND l.type = :type", Sort.NEWEST)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("type", type)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ListingCard> inCategories(
      Collection<Long> categoryIds, Sort sort, int first, int size) {
    String where =
        sort == Sort.NEWEST
            ? "WHERE l.status = :status AND l.category.id IN :categories"
            : "WHERE l.status = :status AND l.category.id IN :categories AND l.price.amount IS NOT NULL";
    return cards(where, sort)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("categories", categoryIds)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countInCategories(Collection<Long> categoryIds, boolean pricedOnly) {
    String priced = pricedOnly ? " AND l.price.amount IS NOT NULL" : "";
    return em.createQuery(
            "SELECT COUNT(l) FROM Listing l WHERE l.status = :status AND l.category.id IN :categories"
                + priced,
            Long.class)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("categories", categoryIds)
        .getSingleResult();
  }

  /** Active listings per category id. */
  public Map<Long, Long> activeCountsByCategory() {
    return em.createQuery(
            "SELECT l.category.id, COUNT(l) FROM Listing l WHERE l.status = :status GROUP BY l.category.id",
            Object[].class)
        .setParameter("status", ListingStatus.ACTIVE)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  public List<ListingCard> ofOwner(Account owner, Collection<ListingStatus> statuses, int limit) {
    return cards("WHERE l.owner = :owner AND l.status IN :statuses", Sort.NEWEST)
        .setParameter("owner", owner)
        .setParameter("statuses", statuses)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The owner's listings, drafts first, then newest. */
  public List<ListingCard> allOfOwner(Account owner) {
    return em.createQuery(
            CARDS + "WHERE l.owner = :owner ORDER BY l.updatedAt DESC, l.id DESC",
            ListingCard.class)
        .setParameter("owner", owner)
        .getResultList();
  }

  public long countActive(Account owner) {
    return em.createQuery(
            "SELECT COUNT(l) FROM Listing l WHERE l.owner = :owner AND l.status = :status",
            Long.class)
        .setParameter("owner", owner)
        .setParameter("status", ListingStatus.ACTIVE)
        .getSingleResult();
  }

  public long countCreatedSince(Account owner, Instant since) {
    return em.createQuery(
            "SELECT COUNT(l) FROM Listing l WHERE l.owner = :owner AND l.createdAt >= :since",
            Long.class)
        .setParameter("owner", owner)
        .setParameter("since", since)
        .getSingleResult();
  }

  /** Another listing of the owner's with the same title and text, recently written or still up. */
  public boolean hasTwin(Listing listing, Instant since) {
    return !em.createQuery(
            "SELECT l.id FROM Listing l WHERE l.owner = :owner AND l.fingerprint = :fingerprint"
                + " AND l.id <> :id AND (l.status IN :live OR l.createdAt >= :since)",
            Long.class)
        .setParameter("owner", listing.getOwner())
        .setParameter("fingerprint", listing.getFingerprint())
        .setParameter("id", listing.getId() == null ? -1L : listing.getId())
        .setParameter("live", List.of(ListingStatus.DRAFT, ListingStatus.ACTIVE))
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  public List<Listing> dueForExpiry(Instant now, int limit) {
    return em.createQuery(
            "SELECT l FROM Listing l WHERE l.status = :status AND l.expiresAt <= :now",
            Listing.class)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<Listing> dueForReminder(Instant threshold, int limit) {
    return em.createQuery(
            "SELECT l FROM Listing l WHERE l.status = :status AND l.expiresAt <= :threshold"
                + " AND l.reminderSentAt IS NULL",
            Listing.class)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("threshold", threshold)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ListingPicture> pictures(Listing listing) {
    return em.createNamedQuery("ListingPicture.findByListing", ListingPicture.class)
        .setParameter("listing", listing)
        .getResultList();
  }

  public Optional<ListingPicture> picture(long pictureId) {
    return Optional.ofNullable(em.find(ListingPicture.class, pictureId));
  }

  public void storePicture(ListingPicture picture) {
    em.persist(picture);
  }

  public void removePicture(ListingPicture picture) {
    em.remove(picture);
  }

  private TypedQuery<ListingCard> cards(String where, Sort sort) {
    return em.createQuery(CARDS + where + " ORDER BY " + sort.orderBy, ListingCard.class);
  }
}
