package org.corkboard.search.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while this node's search index catches up at start-up (a first build can take a minute
 * on a large board): a balancer sends searches elsewhere meanwhile.
 */
@Readiness
@ApplicationScoped
public class SearchIndexCheck implements HealthCheck {

  static final String NAME = "search-index";

  @Inject SearchIndex index;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(index.isReady()).build();
  }
}
