package org.corkboard.site.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.corkboard.site.boundary.Sites;
import org.corkboard.site.entity.Site;

/** The company's sites, for the forms that let people choose one. */
@Named
@RequestScoped
public class SiteChoices {

  @Inject Sites sites;

  private List<Site> all;

  public List<Site> getAll() {
    if (all == null) {
      all = sites.all();
    }
    return all;
  }
}
