package org.corkboard.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.platform.web.Actions;

/** "Ask for another review" in the owner's form of a listing a moderator hid. */
@Named
@RequestScoped
public class ReviewRequestView {

  @Inject Reports reports;

  public void ask(long listingId) throws IOException {
    if (!Actions.succeeded(() -> reports.askForReview(listingId))) {
      return;
    }
    Actions.confirm("Thank you: a moderator will look at your listing again.");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/listings/" + listingId);
  }
}
