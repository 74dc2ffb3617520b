package org.corkboard.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.platform.web.Actions;

/** The people one has blocked, on account/notifications.xhtml, each to unblock. */
@Named
@ViewScoped
public class BlockedPeopleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Conversations conversations;

  private List<PublicProfile> people;

  public void load() {
    people = conversations.blocked();
  }

  public String unblock(long accountId) {
    if (!Actions.succeeded(() -> conversations.unblock(accountId))) {
      return null;
    }
    Actions.confirm("Unblocked: they can write to you again.");
    return "/account/notifications?faces-redirect=true";
  }

  public List<PublicProfile> getPeople() {
    return people;
  }
}
