package org.corkboard.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.AccountAvatar;
import org.corkboard.platform.Forbidden;

@ApplicationScoped
public class AccountRepository {

  @PersistenceContext EntityManager em;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** The account, or {@link Forbidden} (shown as "not allowed", so ids reveal nothing). */
  public Account require(long id) {
    return find(id).orElseThrow(() -> new Forbidden("There is no such account."));
  }

  /**
   * The account, read past the cache and locked until the transaction ends, to be changed by an
   * administrator; its version is raised even if only its roles change, so that a form opened
   * before the change is refused as stale.
   */
  public Account requireForChange(long id) {
    Account account =
        Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new Forbidden("There is no such account."));
    em.lock(account, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return account;
  }

  /**
   * Every administrator's account, locked in the order of their ids until the transaction ends: an
   * administrative change takes these locks first, so two changes that would each leave the other
   * administrator the last one take turns instead of removing both.
   */
  public List<Account> lockAdministrators() {
    List<?> ids =
        em.createNativeQuery(
                "SELECT account_id FROM account_role WHERE role = 'ADMIN' ORDER BY account_id")
            .getResultList();
    return ids.stream()
        .map(
            id -> em.find(Account.class, ((Number) id).longValue(), LockModeType.PESSIMISTIC_WRITE))
        .filter(Objects::nonNull)
        .toList();
  }

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", Account.normalize(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", Account.normalize(email))
        .getResultStream()
        .findFirst();
  }

  /** People sign in with either their username or their e-mail address. */
  public Optional<Account> findByUsernameOrEmail(String identifier) {
    return identifier.contains("@") ? findByEmail(identifier) : findByUsername(identifier);
  }

  public boolean isEmpty() {
    return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult() == 0;
  }

  public Account store(Account account) {
    em.persist(account);
    return account;
  }

  /** Every "remember me" cookie of the account stops working. */
  public void forgetRememberedLogins(Account account) {
    em.createNamedQuery("RememberMeLogin.deleteByAccount")
        .setParameter("account", account)
        .executeUpdate();
  }

  public Optional<AccountAvatar> findAvatar(long accountId) {
    return Optional.ofNullable(em.find(AccountAvatar.class, accountId));
  }

  public AccountAvatar avatarOf(Account account) {
    return findAvatar(account.getId())
        .orElseGet(
            () -> {
              var avatar = new AccountAvatar(account.getId());
              em.persist(avatar);
              return avatar;
            });
  }

  public void removeAvatar(long accountId) {
    findAvatar(accountId).ifPresent(em::remove);
  }
}
