package org.corkboard.search.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.corkboard.platform.Refused;
import org.corkboard.platform.web.Actions;
import org.corkboard.search.boundary.SavedSearches;

/**
 * account/search-alerts.xhtml: where the unsubscribe link of an alert e-mail leads, without signing
 * in. Opening it pauses that one saved search, so one click is enough; pausing is all the link can
 * do, and the page offers to undo it (so a mail scanner that opens the link costs one click too).
 */
@Named
@ViewScoped
public class SearchAlertsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SavedSearches savedSearches;

  private String token;
  private String name;
  private boolean resumed;

  public void load() {
    try {
      name = savedSearches.pauseByLink(token);
    } catch (Refused invalid) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
    }
  }

  public void resume() {
    resumed = Actions.succeeded(() -> savedSearches.resumeByLink(token));
  }

  public String getName() {
    return name;
  }

  public boolean isResumed() {
    return resumed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
