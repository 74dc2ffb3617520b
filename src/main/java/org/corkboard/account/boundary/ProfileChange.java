package org.corkboard.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The editable parts of a profile, with the version of the account the edit was made on. */
public record ProfileChange(
    @NotBlank(message = "Enter the name colleagues know you by.")
        @Size(max = 60, message = "Use at most 60 characters.")
        String displayName,
    @Pattern(
            regexp = "[+0-9 ()./-]{0,30}",
            message = "Use digits, spaces and + ( ) . / - only, at most 30 characters.")
        String phone,
    Long homeSiteId,
    @Size(max = 500, message = "Use at most 500 characters.") String bio,
    long version) {}
