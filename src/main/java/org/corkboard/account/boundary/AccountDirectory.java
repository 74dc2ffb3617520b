package org.corkboard.account.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.control.AccountRepository;
import org.corkboard.account.control.AccountSearch;
import org.corkboard.account.entity.AccountSort;
import org.corkboard.account.entity.Role;
import org.corkboard.platform.ActiveAccountsOnly;

/**
 * Administrators find people by name, username or e-mail address, and read one person's account.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class AccountDirectory {

  private static final int MAX_PAGE = 200;
  private static final int MAX_TEXT = 254;

  @Inject AccountSearch search;
  @Inject AccountRepository accounts;
  @Inject Clock clock;

  /**
   * A page of the people whose name, username or address contains the text (any, if blank), newest
   * first unless another order is given.
   */
  public List<Person> find(String text, AccountSort sort, int first, int size) {
    Instant now = clock.instant();
    return search
        .find(
            shortened(text),
            sort == null ? AccountSort.NEWEST_FIRST : sort,
            Math.max(0, first),
            Math.max(1, Math.min(size, MAX_PAGE)))
        .stream()
        .map(account -> Person.of(account, now))
        .toList();
  }

  public long count(String text) {
    return search.count(shortened(text));
  }

  public Optional<Person> person(long id) {
    return accounts.find(id).map(account -> Person.of(account, clock.instant()));
  }

  /** No address is longer; a longer search text finds nothing anyway. */
  private static String shortened(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }
}
