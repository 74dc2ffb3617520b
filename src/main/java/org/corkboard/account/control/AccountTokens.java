package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountToken;
import org.corkboard.account.entity.TokenPurpose;

/** Issues and redeems the single-use secrets in links sent by e-mail. */
@ApplicationScoped
public class AccountTokens {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** A new secret for the purpose; earlier unused secrets for the same purpose stop working. */
  public String issue(Account account, TokenPurpose purpose, String email) {
    em.createNamedQuery("AccountToken.findUnused", AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .getResultList()
        .forEach(token -> token.revoke(clock.instant()));
    String secret = Secrets.newSecret();
    em.persist(new AccountToken(account, purpose, Secrets.hash(secret), email, clock.instant()));
    return secret;
  }

  /**
   * Spends the secret if it is valid for the purpose, and returns its token. Of several requests
   * with the same secret at once exactly one gets it: the token's row is locked and read again, so
   * the others wait for the first to finish and then find the token spent.
   */
  public Optional<AccountToken> redeem(String secret, TokenPurpose purpose) {
    return find(secret, purpose)
        .map(this::lockedAndCurrent)
        .filter(token -> token.isUsable(purpose, clock.instant()))
        .map(
            token -> {
              token.use(clock.instant());
              return token;
            });
  }

  private AccountToken lockedAndCurrent(AccountToken token) {
    em.refresh(token, LockModeType.PESSIMISTIC_WRITE);
    return token;
  }

  /** Looks the secret up without spending it, e.g. to show the password reset form. */
  public Optional<AccountToken> find(String secret, TokenPurpose purpose) {
    if (secret == null || secret.isBlank() || secret.length() > 100) {
      return Optional.empty();
    }
    return em.createNamedQuery("AccountToken.findBySecretHash", AccountToken.class)
        .setParameter("secretHash", Secrets.hash(secret))
        .getResultStream()
        .findFirst()
        .filter(token -> token.isUsable(purpose, clock.instant()));
  }
}
