package org.corkboard.platform.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.corkboard.gazetteer.control.Gazetteer;
import org.corkboard.gazetteer.control.Place;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Places the sites and listings written before V14 on the map, as posting now does: a site at its
 * city, a listing at its site, else at its town; what the gazetteer does not know stays null.
 * Listings are read a page at a time in id order and updated in JDBC batches, so a board of a
 * million listings never sits in memory. Java, not SQL, because the gazetteer is not in the
 * database. The version and description come from the class name, as Flyway names migrations.
 */
public class V14_1__Fill_coordinates extends BaseJavaMigration {

  private static final int PAGE = 1000;

  /** Far more towns than people type; a board with more only looks some up again. */
  private static final int MAX_REMEMBERED_TOWNS = 10_000;

  private final Gazetteer gazetteer = new Gazetteer();
  private final Map<String, Optional<Place>> towns = new HashMap<>();

  @Override
  public void migrate(Context context) throws SQLException {
    Connection db = context.getConnection();
    placeSites(db);
    long previous;
    long last = Long.MIN_VALUE;
    do {
      previous = last;
      last = placeListingsAfter(db, previous);
    } while (last != previous);
  }

  /** Sites are a company's offices and plants: few enough to read at once. */
  private void placeSites(Connection db) throws SQLException {
    try (PreparedStatement read = db.prepareStatement("SELECT id, city FROM site");
        PreparedStatement write =
            db.prepareStatement("UPDATE site SET latitude = ?, longitude = ? WHERE id = ?");
        ResultSet sites = read.executeQuery()) {
      while (sites.next()) {
        Optional<Place> town = town(sites.getString("city"));
        if (town.isPresent()) {
          set(write, town.get().latitude(), town.get().longitude(), sites.getLong("id"));
        }
      }
      write.executeBatch();
    }
  }

  /** Places the next page of listings after id {@code after}; returns the last id read. */
  private long placeListingsAfter(Connection db, long after) throws SQLException {
    long last = after;
    try (PreparedStatement read =
            db.prepareStatement(
                "SELECT l.id, l.city, s.latitude, s.longitude FROM listing l"
                    + " LEFT JOIN site s ON s.id = l.site_id"
                    + " WHERE l.id > ? AND l.latitude IS NULL ORDER BY l.id FETCH FIRST "
                    + PAGE
                    + " ROWS ONLY");
        PreparedStatement write =
            db.prepareStatement("UPDATE listing SET latitude = ?, longitude = ? WHERE id = ?")) {
      read.setLong(1, after);
      try (ResultSet listings = read.executeQuery()) {
        while (listings.next()) {
          last = listings.getLong("id");
          place(listings, write, last);
        }
      }
      write.executeBatch();
    }
    return last;
  }

  private void place(ResultSet listing, PreparedStatement write, long id) throws SQLException {
    double siteLatitude = listing.getDouble("latitude");
    if (!listing.wasNull()) {
      set(write, siteLatitude, listing.getDouble("longitude"), id);
      return;
    }
    Optional<Place> town = town(listing.getString("city"));
    if (town.isPresent()) {
      set(write, town.get().latitude(), town.get().longitude(), id);
    }
  }

  private static void set(PreparedStatement write, double latitude, double longitude, long id)
      throws SQLException {
    write.setObject(1, latitude, Types.DOUBLE);
    write.setObject(2, longitude, Types.DOUBLE);
    write.setLong(3, id);
    write.addBatch();
  }

  /** The same town is typed on many listings: each is looked up once. */
  private Optional<Place> town(String city) {
    if (city == null) {
      return Optional.empty();
    }
    if (towns.size() >= MAX_REMEMBERED_TOWNS) {
      towns.clear();
    }
    return towns.computeIfAbsent(city, gazetteer::findTown);
  }
}
