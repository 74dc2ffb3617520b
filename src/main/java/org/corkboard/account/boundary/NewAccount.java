package org.corkboard.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person fills in to register. */
public record NewAccount(
    @NotNull(message = "Choose a username.")
        @Pattern(
            regexp = "[A-Za-z0-9._-]{3,30}",
            message = "Use 3 to 30 letters, digits, dots, dashes or underscores.")
        String username,
    @NotBlank(message = "Enter your e-mail address.")
        @Email(message = "Enter a valid e-mail address.")
        @Size(max = 254, message = "Use at most 254 characters.")
        String email,
    @NotBlank(message = "Enter the name colleagues know you by.")
        @Size(max = 60, message = "Use at most 60 characters.")
        String displayName,
    @NotNull(message = "Choose a password.") String password) {

  @Override
  public String toString() {
    return "NewAccount[" + username + "]";
  }
}
