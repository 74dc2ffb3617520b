package org.corkboard.site.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.platform.web.Actions;
import org.corkboard.site.boundary.SiteAdministration;
import org.corkboard.site.boundary.SiteForm;
import org.corkboard.site.entity.Coordinates;
import org.corkboard.site.entity.Site;

/**
 * admin/sites/: the company's sites, one of them chosen to be changed in the form below the table,
 * or a new one added with it.
 */
@Named
@ViewScoped
public class SitesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SiteAdministration administration;

  /** Read again after a postback: entities are not kept in the session. */
  private transient List<Site> sites;

  private Long siteId;
  private long siteVersion;
  private String name;
  private String street;
  private String postalCode;
  private String city;
  private Double latitude;
  private Double longitude;
  private boolean placeFromTown;

  public List<Site> getSites() {
    if (sites == null) {
      sites = administration.all();
    }
    return sites;
  }

  /** Fills the form with the site, to change it. */
  public void choose(Site site) {
    siteId = site.getId();
    siteVersion = site.getVersion();
    name = site.getName();
    street = site.getStreet();
    postalCode = site.getPostalCode();
    city = site.getCity();
    Coordinates at = site.getCoordinates();
    latitude = at == null ? null : at.getLatitude();
    longitude = at == null ? null : at.getLongitude();
    placeFromTown = false;
  }

  public void save() {
    SiteForm form =
        new SiteForm(name, street, postalCode, city, latitude, longitude, placeFromTown);
    boolean saved =
        Actions.succeeded(
            () -> {
              if (siteId == null) {
                administration.add(form);
              } else {
                administration.change(siteId, siteVersion, form);
              }
            });
    if (saved) {
      Actions.confirm((siteId == null ? "Added" : "Saved") + " the site “" + name.strip() + "”.");
      clear();
    }
  }

  /** Empties the form, for a new site. */
  public void clear() {
    siteId = null;
    name = null;
    street = null;
    postalCode = null;
    city = null;
    latitude = null;
    longitude = null;
    placeFromTown = false;
    sites = null;
  }

  public boolean isChanging() {
    return siteId != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public boolean isPlaceFromTown() {
    return placeFromTown;
  }

  public void setPlaceFromTown(boolean placeFromTown) {
    this.placeFromTown = placeFromTown;
  }
}
