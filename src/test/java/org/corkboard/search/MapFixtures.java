package org.corkboard.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.util.UUID;
import org.corkboard.listing.entity.Listing;
import org.corkboard.platform.Database;
import org.corkboard.platform.migration.V14_1__Fill_coordinates;
import org.corkboard.site.control.SiteRepository;
import org.corkboard.site.control.TownCoordinates;
import org.corkboard.site.entity.Site;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

/** Sites of the tests' own, and listings as they were before they had coordinates. */
@Stateless
@PermitAll
public class MapFixtures {

  @Inject SiteRepository sites;
  @PersistenceContext EntityManager em;

  /** A new site in this city, placed as sites are, with a name no other test uses. */
  public Site site(String name, String city, String postalCode) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    return sites.store(TownCoordinates.located(new Site(unique, city, postalCode)));
  }

  /** Takes the listing off the map, as every listing was before V14. */
  public void forgetCoordinates(long listingId) {
    em.createNativeQuery("UPDATE listing SET latitude = NULL, longitude = NULL WHERE id = ?1")
        .setParameter(1, listingId)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evict(Listing.class, listingId);
  }

  /** Runs the migration that placed the listings written before V14 again, over the database. */
  public void fillCoordinates() throws Exception {
    try (Connection connection = Database.dataSource().getConnection()) {
      new V14_1__Fill_coordinates()
          .migrate(
              new Context() {
                @Override
                public Configuration getConfiguration() {
                  return null;
                }

                @Override
                public Connection getConnection() {
                  return connection;
                }
              });
    }
    em.getEntityManagerFactory().getCache().evict(Listing.class);
  }
}
