package org.corkboard.account.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-use link secret sent by e-mail. Only the secret's hash is stored, so a copy of the
 * database does not hold usable links. A token for an e-mail address proves that address.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.findBySecretHash",
    query = "SELECT t FROM AccountToken t WHERE t.secretHash = :secretHash")
@NamedQuery(
    name = "AccountToken.findUnused",
    query =
        "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
            + " AND t.usedAt IS NULL")
public class AccountToken {

  @Id
  @SequenceGenerator(
      name = "account_token_seq",
      sequenceName = "account_token_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "account_id")
  private Account account;

  @Enumerated(EnumType.STRING)
  private TokenPurpose purpose;

  private String secretHash;
  private String email;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected AccountToken() {}

  public AccountToken(
      Account account, TokenPurpose purpose, String secretHash, String email, Instant now) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.secretHash = Objects.requireNonNull(secretHash);
    this.email = Account.normalize(email);
    this.createdAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(purpose.lifetime());
  }

  public boolean isUsable(TokenPurpose expected, Instant now) {
    return purpose == expected && usedAt == null && now.isBefore(expiresAt);
  }

  /** Spends the token; a token can be used once. */
  public void use(Instant now) {
    if (usedAt != null) {
      throw new IllegalStateException("Token already used");
    }
    usedAt = Objects.requireNonNull(now);
  }

  /** Voids an unused token, as when a newer link replaces it. */
  public void revoke(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public Account getAccount() {
    return account;
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public String getEmail() {
    return email;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AccountToken token && id != null && id.equals(token.id);
  }

  @Override
  public int hashCode() {
    return AccountToken.class.hashCode();
  }
}
