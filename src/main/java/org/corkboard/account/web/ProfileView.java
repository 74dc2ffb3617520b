package org.corkboard.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.corkboard.account.boundary.AccountSettings;
import org.corkboard.account.boundary.ProfileChange;
import org.corkboard.account.entity.Account;
import org.corkboard.platform.web.Actions;

/** account/profile.xhtml: the profile and avatar of the signed-in person (or, for admins, ?id=). */
@Named
@ViewScoped
public class ProfileView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccountSettings settings;

  private Long id;
  private long accountId;
  private long version;
  private String username;
  private String email;
  private boolean emailVerified;
  private int avatarVersion;
  private String displayName;
  private String phone;
  private Long homeSiteId;
  private String bio;
  private boolean passwordChangeRequired;
  private transient Part avatar;

  public void load() {
    Account account = id == null ? settings.mine() : settings.editable(id);
    accountId = account.getId();
    version = account.getVersion();
    username = account.getUsername();
    email = account.getEmail();
    emailVerified = account.isEmailVerified();
    avatarVersion = account.getAvatarVersion();
    displayName = account.getDisplayName();
    phone = account.getPhone();
    homeSiteId = account.getHomeSite() == null ? null : account.getHomeSite().getId();
    bio = account.getBio();
    passwordChangeRequired = id == null && account.isPasswordChangeRequired();
  }

  /** An administrator asked the person to choose a new password before anything else. */
  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public String save() {
    var change = new ProfileChange(displayName, phone, homeSiteId, bio, version);
    if (!Actions.succeeded(() -> settings.updateProfile(accountId, change))) {
      return null;
    }
    Actions.confirm("Your profile is saved.");
    return redirectHere();
  }

  public String uploadAvatar() throws IOException {
    byte[] content = contentOf(avatar);
    if (!Actions.succeeded(() -> settings.replaceAvatar(accountId, content))) {
      return null;
    }
    Actions.confirm("Your new picture is saved.");
    return redirectHere();
  }

  /** The chosen file's bytes, or null when none was chosen. */
  private static byte[] contentOf(Part upload) throws IOException {
    if (upload == null || upload.getSize() == 0) {
      return null;
    }
    try (InputStream in = upload.getInputStream()) {
      return in.readAllBytes();
    }
  }

  public String removeAvatar() {
    if (!Actions.succeeded(() -> settings.removeAvatar(accountId))) {
      return null;
    }
    Actions.confirm("Your picture is removed.");
    return redirectHere();
  }

  private String redirectHere() {
    return "/account/profile?faces-redirect=true" + (id == null ? "" : "&id=" + id);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public int getAvatarVersion() {
    return avatarVersion;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public Long getHomeSiteId() {
    return homeSiteId;
  }

  public void setHomeSiteId(Long homeSiteId) {
    this.homeSiteId = homeSiteId;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public Part getAvatar() {
    return avatar;
  }

  public void setAvatar(Part avatar) {
    this.avatar = avatar;
  }
}
