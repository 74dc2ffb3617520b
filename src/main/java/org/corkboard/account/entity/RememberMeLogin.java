package org.corkboard.account.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A "remember me" cookie's login. Only the hash of the cookie's secret is stored. */
@Entity
@Table(name = "remember_me_login")
@NamedQuery(
    name = "RememberMeLogin.deleteByAccount",
    query = "DELETE FROM RememberMeLogin r WHERE r.account = :account")
@NamedQuery(
    name = "RememberMeLogin.deleteExpired",
    query = "DELETE FROM RememberMeLogin r WHERE r.expiresAt < :now")
public class RememberMeLogin {

  @Id private String secretHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  private Instant expiresAt;

  protected RememberMeLogin() {}

  public RememberMeLogin(String secretHash, Account account, Instant expiresAt) {
    this.secretHash = Objects.requireNonNull(secretHash);
    this.account = Objects.requireNonNull(account);
    this.expiresAt = Objects.requireNonNull(expiresAt);
  }

  public boolean isValid(Instant now) {
    return now.isBefore(expiresAt);
  }

  public Account getAccount() {
    return account;
  }
}
