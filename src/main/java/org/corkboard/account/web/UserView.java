package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corkboard.account.boundary.Profiles;
import org.corkboard.account.boundary.Profiles.PublicProfile;

/** account/user.xhtml?name=…: a person's public profile. */
@Named
@RequestScoped
public class UserView {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject Profiles profiles;

  private String name;
  private PublicProfile profile;

  public void load() throws IOException {
    profile = profiles.byUsername(name).orElse(null);
    if (profile == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .responseSendError(404, "No such person");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** "November 2026". */
  public String getMemberSince() {
    return MONTH.format(profile.memberSince());
  }

  public PublicProfile getProfile() {
    return profile;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
