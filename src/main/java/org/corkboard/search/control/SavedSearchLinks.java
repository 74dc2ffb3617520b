package org.corkboard.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.corkboard.platform.Settings;
import org.corkboard.platform.SignedTokens;

/**
 * The unsubscribe link in every alert e-mail: it names one saved search, signed ({@link
 * SignedTokens}), and can do nothing but pause that search's alerts, or resume them.
 */
@ApplicationScoped
public class SavedSearchLinks {

  private static final String PURPOSE = "search-alerts";

  @Inject SignedTokens tokens;

  public String token(long savedSearchId) {
    return tokens.token(PURPOSE + "-" + savedSearchId);
  }

  /** The page that pauses the search when opened, and offers to resume it. */
  public String unsubscribe(long savedSearchId) {
    return Settings.baseUrl() + "/account/search-alerts?token=" + token(savedSearchId);
  }

  /** The saved search a token names, if its signature holds. */
  public Optional<Long> savedSearchOf(String token) {
    return tokens
        .claim(token)
        .filter(claim -> claim.matches(PURPOSE + "-\\d{1,18}"))
        .map(claim -> Long.parseLong(claim.substring(PURPOSE.length() + 1)));
  }
}
