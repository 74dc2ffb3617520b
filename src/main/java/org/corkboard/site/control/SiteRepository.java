package org.corkboard.site.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.corkboard.site.entity.Site;

@ApplicationScoped
public class SiteRepository {

  @PersistenceContext EntityManager em;

  /**
   * Every site, read from the database into the shared cache: another node may have changed one,
   * and this node's cache would otherwise keep the old name or place.
   */
  public List<Site> findAll() {
    return em.createNamedQuery("Site.findAll", Site.class)
        .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
        .getResultList();
  }

  public Optional<Site> find(long id) {
    return Optional.ofNullable(em.find(Site.class, id));
  }

  public Site store(Site site) {
    em.persist(site);
    return site;
  }
}
