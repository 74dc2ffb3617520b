package org.corkboard.listing.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import org.corkboard.platform.Refused;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;

/**
 * Where a listing is: a company site, a city with its postal code, or both; and where that is on
 * the map, when it is known.
 */
@Embeddable
public class Location {

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "site_id")
  private Site site;

  private String city;
  private String postalCode;

  /** The columns {@code latitude} and {@code longitude}; null when the place is not known. */
  @Embedded private Coordinates coordinates;

  protected Location() {}

  private Location(Site site, String city, String postalCode, Coordinates coordinates) {
    this.site = site;
    this.city = city;
    this.postalCode = postalCode;
    this.coordinates = coordinates;
  }

  /** A location with a site, or a city and postal code, or both; never nothing. */
  public static Location of(Site site, String city, String postalCode) {
    String cleanCity = blankToNull(city);
    String cleanCode = blankToNull(postalCode);
    if (site == null && cleanCity == null) {
      throw new Refused("city", "Choose a site, or enter a city.");
    }
    if (cleanCity != null && cleanCity.length() > 80) {
      throw new Refused("city", "Use at most 80 characters.");
    }
    if (cleanCode != null && !cleanCode.matches("[A-Za-z0-9 -]{2,10}")) {
      throw new Refused("postalCode", "Enter a postal code of 2 to 10 letters or digits.");
    }
    if (cleanCity == null && cleanCode != null) {
      throw new Refused("city", "Enter the city of this postal code.");
    }
    return new Location(site, cleanCity, cleanCode, null);
  }

  /** The same location placed on the map, or not placed with null. */
  public Location at(Coordinates coordinates) {
    return new Location(site, city, postalCode, coordinates);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Site getSite() {
    return site;
  }

  public String getCity() {
    return city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  /** Where it is on the map, or null when that is not known. */
  public Coordinates getCoordinates() {
    return coordinates;
  }

  /** Whether distance searches can find it. */
  public boolean isOnMap() {
    return coordinates != null;
  }

  /** Whether a town was given that the map does not know (and no site placed it instead). */
  public boolean isTownOffTheMap() {
    return city != null && coordinates == null;
  }

  /** "Headquarters · 10115 Berlin". */
  public String display() {
    String place = city == null ? null : (postalCode == null ? city : postalCode + " " + city);
    if (site == null) {
      return place;
    }
    return place == null ? site.getName() : site.getName() + " · " + place;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Location location
        && Objects.equals(site, location.site)
        && Objects.equals(city, location.city)
        && Objects.equals(postalCode, location.postalCode)
        && Objects.equals(coordinates, location.coordinates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, postalCode);
  }
}
