package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
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
import org.corkboard.listing.entity.ListingDeletion;
import org.corkboard.listing.entity.ListingPicture;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Sort;

/** Listings in the database. Lists are read as cards, paged in the database. */
@ApplicationScoped
public class ListingRepository {

  /** The columns of a card; every list query starts with it. */
  private static final String CARDS =
      "SELECT " + ListingCard.COLUMNS + " FROM Listing l" + ListingCard.JOINS;

  /*
   * The foreign keys as listing columns: EclipseLink turns "l.category.id" in an ORDER BY into the
   * joined category's id, which no listing index covers.
   */
  private static final String CATEGORY_ID = "COLUMN('category_id', l)";
  private static final String OWNER_ID = "COLUMN('owner_id', l)";

  @PersistenceContext EntityManager em;

  public Optional<Listing> find(long id) {
    return Optional.ofNullable(em.find(Listing.class, id));
  }

  /**
   * The listing as the database has it now, read past the shared cache and leaving it untouched: a
   * change is announced once its transaction has committed, but the cache may take its new state a
   * moment later, and a reader that refreshed the cache could put back a state just replaced.
   */
  public Optional<Listing> findCommitted(long id) {
    return Optional.ofNullable(
        em.find(
            Listing.class,
            id,
            Map.of(
                "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
                "jakarta.persistence.cache.storeMode", CacheStoreMode.BYPASS)));
  }

  public Listing store(Listing listing) {
    em.persist(listing);
    return listing;
  }

  /** Up to {@code limit} active listings with an id above {@code afterId}, by id. */
  public List<Listing> activeAfter(long afterId, int limit) {
    return em.createQuery(
            // Ordered by the status too, which is fixed: H2 then reads the index (status, id) in
            // its order instead of sorting every active listing for each page.
            "SELECT l FROM Listing l WHERE l.status = :active AND l.id > :afterId"
                + " ORDER BY l.status, l.id",
            Listing.class)
        .setParameter("active", ListingStatus.ACTIVE)
        .setParameter("afterId", afterId)
        .setMaxResults(limit)
        // The extra fields of the whole page in one more query, not one per listing.
        .setHint("eclipselink.batch", "l.details")
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch.size", limit)
        .getResultList();
  }

  /** Deletes the listing and its pictures, and keeps its id for the search indexes to learn. */
  public void remove(Listing listing, Instant now) {
    em.createNamedQuery("ListingPicture.deleteByListing")
        .setParameter("listing", listing)
        .executeUpdate();
    em.persist(new ListingDeletion(listing.getId(), now));
    em.remove(listing);
  }

  /** The listings of a category page: of one category, or of a top-level one and all below it. */
  public enum Scope {
    CATEGORY(CATEGORY_ID),
    TOP_CATEGORY("l.topCategoryId");

    private final String column;

    Scope(String column) {
      this.column = column;
    }
  }

  public List<ListingCard> newest(int limit) {
    return cards("WHERE l.status = :status", "l.status", Sort.NEWEST)
        .setParameter("status", ListingStatus.ACTIVE)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<ListingCard> newestOfType(ListingType type, int limit) {
    return cards("WHERE l.type = :type AND l.status = :status", "l.type, l.status", Sort.NEWEST)
        .setParameter("status", ListingStatus.ACTIVE)
        .setParameter("type", type)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The cards of those of these listings that are active, in no particular order. */
  public List<ListingCard> activeCards(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(CARDS + "WHERE l.id IN :ids AND l.status = :status", ListingCard.class)
        .setParameter("ids", ids)
        .setParameter("status", ListingStatus.ACTIVE)
        .getResultList();
  }

  /** Active listings in the scope of a category; sorted by price, only those with an amount. */
  public List<ListingCard> inCategory(
      Scope scope, long categoryId, Sort sort, int first, int size) {
    return cards(categoryCondition(scope, sort), scope.column + ", l.status", sort)
        .setParameter("category", categoryId)
        .setParameter("status", ListingStatus.ACTIVE)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countInCategory(Scope scope, long categoryId, Sort sort) {
    return em.createQuery(
            "SELECT COUNT(l) FROM Listing l " + categoryCondition(scope, sort), Long.class)
        .setParameter("category", categoryId)
        .setParameter("status", ListingStatus.ACTIVE)
        .getSingleResult();
  }

  private static String categoryCondition(Scope scope, Sort sort) {
    return "WHERE "
        + scope.column
        + " = :category AND l.status = :status"
        + (sort == Sort.NEWEST ? "" : " AND l.price.amount IS NOT NULL");
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

  public List<ListingCard> activeOfOwner(Account owner, int limit) {
    return cards(
            "WHERE l.owner = :owner AND l.status = :status", OWNER_ID + ", l.status", Sort.NEWEST)
        .setParameter("owner", owner)
        .setParameter("status", ListingStatus.ACTIVE)
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

  /** With their owners, whom the reminders go to: one query, not one more per listing. */
  public List<Listing> dueForReminder(Instant threshold, int limit) {
    return em.createQuery(
            "SELECT l FROM Listing l JOIN FETCH l.owner WHERE l.status = :status"
                + " AND l.expiresAt <= :threshold AND l.reminderSentAt IS NULL",
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

  /** Cards that match {@code where}: {@code fixed} names the columns it sets, in index order. */
  private TypedQuery<ListingCard> cards(String where, String fixed, Sort sort) {
    return em.createQuery(
        CARDS + where + " ORDER BY " + fixed + ", " + orderBy(sort), ListingCard.class);
  }

  /**
   * Each order has an index that starts with the columns a list fixes (see the V4 migration);
   * queries name those columns first in their ORDER BY, which changes nothing in the result but
   * lets H2 read the page off the index instead of sorting every match.
   */
  private static String orderBy(Sort sort) {
    return switch (sort) {
      case NEWEST -> "l.publishedAt DESC, l.id DESC";
      case PRICE_LOW -> "l.price.amount ASC, l.publishedAt DESC, l.id DESC";
      case PRICE_HIGH -> "l.price.amount DESC, l.publishedAt DESC, l.id DESC";
    };
  }

  /** Why each of the owner's hidden listings is hidden, by listing id. */
  public Map<Long, String> holdReasonsOfOwner(Account owner) {
    return em
        .createQuery(
            "SELECT l.id, l.holdReason FROM Listing l WHERE l.owner = :owner AND l.status = :hidden",
            Object[].class)
        .setParameter("owner", owner)
        .setParameter("hidden", ListingStatus.HIDDEN)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> String.valueOf(row[1])));
  }
}
