package org.corkboard.site.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.corkboard.site.control.SiteRepository;
import org.corkboard.site.entity.Site;

/** The company's sites, as everyone may see them. */
@Stateless
@PermitAll
public class Sites {

  @Inject SiteRepository repository;

  public List<Site> all() {
    return repository.findAll();
  }

  public Optional<Site> find(long id) {
    return repository.find(id);
  }
}
