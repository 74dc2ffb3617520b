package org.corkboard.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.corkboard.account.boundary.Registration;
import org.corkboard.platform.web.Actions;

/** The "send the link again" button of the banner shown to unverified accounts. */
@Named
@RequestScoped
public class ResendVerificationView {

  @Inject Registration registration;

  public String resend() {
    if (!Actions.succeeded(registration::resendVerification)) {
      return null;
    }
    Actions.confirm("A new confirmation link is on its way; the previous one no longer works.");
    return "/account/profile?faces-redirect=true";
  }
}
