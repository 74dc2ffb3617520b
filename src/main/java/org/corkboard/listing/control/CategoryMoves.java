package org.corkboard.listing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.corkboard.category.entity.Category;
import org.corkboard.category.entity.CategoryPathChanged;
import org.corkboard.category.entity.CategoryRetired;
import org.corkboard.listing.entity.ListingWritten;

/**
 * Has listings follow their categories when administrators rename, move or retire them, in the same
 * transaction. One statement updates any number of listings, so it sets what the entity's verbs
 * would: the top-level category beside the category, and {@code updatedAt}, by which a search index
 * that missed the announcement still finds them. Then each listing is announced as written ({@link
 * ListingAnnouncer} sends their ids after the commit, in batches), so that every server's search
 * index reads its new category names and browsing counts are counted again.
 */
@ApplicationScoped
public class CategoryMoves {

  @PersistenceContext EntityManager em;
  @Inject Event<ListingWritten> written;
  @Inject Clock clock;

  void follow(@Observes CategoryPathChanged change) {
    List<Long> ids = listingsIn(change.categoryIds());
    em.createQuery(
            "UPDATE Listing l SET l.topCategoryId = :top, l.updatedAt = :now"
                + " WHERE l.category.id IN :categories")
        .setParameter("top", change.topId())
        .setParameter("now", clock.instant())
        .setParameter("categories", change.categoryIds())
        .executeUpdate();
    announce(ids);
  }

  void move(@Observes CategoryRetired retirement) {
    List<Long> ids = listingsIn(retirement.categoryIds());
    em.createQuery(
            "UPDATE Listing l SET l.category = :category, l.topCategoryId = :top,"
                + " l.updatedAt = :now WHERE l.category.id IN :categories")
        .setParameter("category", em.getReference(Category.class, retirement.replacementId()))
        .setParameter("top", retirement.replacementTopId())
        .setParameter("now", clock.instant())
        .setParameter("categories", retirement.categoryIds())
        .executeUpdate();
    announce(ids);
  }

  private List<Long> listingsIn(List<Long> categoryIds) {
    return em.createQuery(
            "SELECT l.id FROM Listing l WHERE l.category.id IN :categories", Long.class)
        .setParameter("categories", categoryIds)
        .getResultList();
  }

  /**
   * A bulk statement bypasses the entities: EclipseLink invalidates the listings it holds in its
   * shared cache when the transaction commits, and the listeners are told here.
   */
  private void announce(List<Long> ids) {
    ids.forEach(id -> written.fire(new ListingWritten(id)));
  }
}
