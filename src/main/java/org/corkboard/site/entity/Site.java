package org.corkboard.site.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A company site: an office, plant or campus that employees belong to and listings are near. */
@Entity
@Cacheable
@NamedQuery(name = "Site.findAll", query = "SELECT s FROM Site s ORDER BY s.name")
public class Site {

  @Id
  @SequenceGenerator(name = "site_seq", sequenceName = "site_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "site_seq")
  private Long id;

  @NotBlank(message = "Give the site a name.")
  @Size(max = 80, message = "A site name has at most 80 characters.")
  private String name;

  @NotBlank(message = "Give the site's city.")
  @Size(max = 80)
  private String city;

  @Size(max = 120, message = "A street has at most 120 characters.")
  private String street;

  @NotBlank(message = "Give the site's postal code.")
  @Size(max = 16)
  private String postalCode;

  /** Where the site's city is on the map; null when the gazetteer does not know it. */
  @Embedded private Coordinates coordinates;

  @Version private long version;

  protected Site() {}

  public Site(String name, String city, String postalCode) {
    this.name = Objects.requireNonNull(name);
    this.city = Objects.requireNonNull(city);
    this.postalCode = Objects.requireNonNull(postalCode);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getCity() {
    return city;
  }

  public String getPostalCode() {
    return postalCode;
  }

  /** The street and number; null for a site known by its town alone. */
  public String getStreet() {
    return street;
  }

  public long getVersion() {
    return version;
  }

  /** Gives it a new name and address. */
  public void describe(String name, String street, String postalCode, String city) {
    this.name = Objects.requireNonNull(name);
    this.street = street;
    this.postalCode = Objects.requireNonNull(postalCode);
    this.city = Objects.requireNonNull(city);
  }

  /** The address on one line: "Hauptstraße 1, 10115 Berlin". */
  public String address() {
    return (street == null ? "" : street + ", ") + postalCode + " " + city;
  }

  /** Puts the site on the map, or takes it off with null. */
  public void locate(Coordinates coordinates) {
    this.coordinates = coordinates;
  }

  /** Where it is on the map, or null when that is not known. */
  public Coordinates getCoordinates() {
    return coordinates;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Site site && id != null && id.equals(site.id);
  }

  @Override
  public int hashCode() {
    return Site.class.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
