package org.corkboard.messaging.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.platform.web.Actions;

/**
 * The contact form on a listing's page: the first message opens a conversation with the listing's
 * owner, a later one adds to it. The listing page keeps no state, so this bean lives for a request.
 */
@Named
@RequestScoped
public class ContactView {

  @Inject Conversations conversations;

  private String text;
  private Long listing;
  private Optional<Long> existing;

  /** Back from signing in: on to the listing's contact form. */
  public void toListing() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/listings/" + listing + "#contact");
  }

  /** Sends the message and opens the conversation; on a refusal the page shows why. */
  public void send(long listingId) throws IOException {
    long[] id = new long[1];
    if (!Actions.succeeded(() -> id[0] = conversations.contact(listingId, text))) {
      return;
    }
    Actions.confirm("Your message is sent.");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + InboxAddress.of(id[0]));
  }

  /** The caller's conversation about the listing, if they have one. */
  public Long existing(long listingId) {
    if (existing == null) {
      existing = conversations.about(listingId);
    }
    return existing.orElse(null);
  }

  public Long getListing() {
    return listing;
  }

  public void setListing(Long listing) {
    this.listing = listing;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
