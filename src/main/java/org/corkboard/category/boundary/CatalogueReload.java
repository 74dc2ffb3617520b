package org.corkboard.category.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.corkboard.category.entity.CategoriesChanged;

/**
 * Has this server read the category tree again once an administrator's change has committed, not
 * before: a page reading it in between would keep the old tree. See {@link Categories} for the
 * other servers.
 */
@ApplicationScoped
public class CatalogueReload {

  @Inject Categories categories;

  void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) CategoriesChanged change) {
    categories.forget();
  }
}
