package org.corkboard.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.corkboard.platform.Refused;
import org.corkboard.site.entity.Site;

/**
 * A person's account. The username and e-mail address are stored in lower case, so that lookups are
 * case-insensitive; the e-mail address changes only when the new address has been verified.
 */
@Entity
@NamedQuery(
    name = "Account.findByUsername",
    query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.findByEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
public class Account {

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  private String username;
  private String email;
  private String displayName;
  private String passwordHash;
  private boolean emailVerified;
  private String phone;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "home_site_id")
  private Site homeSite;

  private String bio;
  private int avatarVersion;

  /**
   * Raised whenever all of this account's sessions must end; a session of an older epoch is void.
   */
  private int sessionEpoch;

  private Instant createdAt;

  /** Until when a moderator suspended the person (they cannot sign in or post), and why. */
  private Instant suspendedUntil;

  private String suspensionReason;

  /** Since when an administrator has locked the account: it cannot sign in until unlocked. */
  private Instant lockedAt;

  /**
   * Since when an administrator has deactivated the account: it cannot sign in, and its listings
   * are hidden, until it is reactivated; its history is kept.
   */
  private Instant deactivatedAt;

  /** The person must choose a new password before they may use Corkboard again. */
  private boolean passwordChangeRequired;

  /**
   * When the person was last seen on a page, to the minute; written only by a bulk update (see
   * messaging's Presence), never through this entity, so that it raises no version.
   */
  private Instant lastActiveAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Version private long version;

  protected Account() {}

  public Account(
      String username, String email, String displayName, String passwordHash, Instant createdAt) {
    this.username = normalize(username);
    this.email = normalize(email);
    this.displayName = Objects.requireNonNull(displayName).strip();
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.roles.add(Role.USER);
  }

  /** Usernames and e-mail addresses compare case-insensitively. */
  public static String normalize(String nameOrEmail) {
    return Objects.requireNonNull(nameOrEmail).strip().toLowerCase(Locale.ROOT);
  }

  /** The address has been proven to reach this person: it becomes (or stays) the account's. */
  public void confirmEmail(String address) {
    this.email = normalize(address);
    this.emailVerified = true;
  }

  /** Unverified accounts may sign in and look around, but not post or message. */
  public boolean mayPublish() {
    return emailVerified;
  }

  public void describe(String displayName, String phone, Site homeSite, String bio) {
    this.displayName = Objects.requireNonNull(displayName).strip();
    this.phone = blankToNull(phone);
    this.homeSite = homeSite;
    this.bio = blankToNull(bio);
  }

  /**
   * A new password ends every session that was signed in with the old one, and fulfils an
   * administrator's request for a new one.
   */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.passwordChangeRequired = false;
    endAllSessions();
  }

  public void endAllSessions() {
    sessionEpoch++;
  }

  /** Suspends the person until then: their sessions end, and they cannot sign in meanwhile. */
  public void suspend(Instant until, String reason) {
    this.suspendedUntil = Objects.requireNonNull(until);
    this.suspensionReason = Objects.requireNonNull(reason);
    endAllSessions();
  }

  /** Whether the person is suspended at that moment; a suspension ends by itself. */
  public boolean isSuspendedAt(Instant now) {
    return suspendedUntil != null && now.isBefore(suspendedUntil);
  }

  /** Locks the account: its sessions end, and it cannot sign in until it is unlocked. */
  public void lock(Instant now) {
    if (lockedAt != null) {
      throw new Refused("This account is locked already.");
    }
    lockedAt = Objects.requireNonNull(now);
    endAllSessions();
  }

  public void unlock() {
    if (lockedAt == null) {
      throw new Refused("This account is not locked.");
    }
    lockedAt = null;
  }

  /** Deactivates the account: its sessions end, and it cannot sign in until it is reactivated. */
  public void deactivate(Instant now) {
    if (deactivatedAt != null) {
      throw new Refused("This account is deactivated already.");
    }
    deactivatedAt = Objects.requireNonNull(now);
    endAllSessions();
  }

  public void reactivate() {
    if (deactivatedAt == null) {
      throw new Refused("This account is not deactivated.");
    }
    deactivatedAt = null;
  }

  /** The person must choose a new password at their next page (or sign-in) before anything else. */
  public void requireNewPassword() {
    if (passwordChangeRequired) {
      throw new Refused("A new password is required already.");
    }
    passwordChangeRequired = true;
  }

  /** Whether the person may sign in at that moment: not locked, deactivated or suspended. */
  public boolean maySignInAt(Instant now) {
    return lockedAt == null && deactivatedAt == null && !isSuspendedAt(now);
  }

  /** Where the account stands at that moment, the strongest restriction first. */
  public AccountState stateAt(Instant now) {
    if (deactivatedAt != null) {
      return AccountState.DEACTIVATED;
    }
    if (lockedAt != null) {
      return AccountState.LOCKED;
    }
    if (isSuspendedAt(now)) {
      return AccountState.SUSPENDED;
    }
    return emailVerified ? AccountState.ACTIVE : AccountState.UNVERIFIED;
  }

  public void avatarChanged() {
    avatarVersion++;
  }

  public void grant(Role role) {
    roles.add(role);
  }

  public void revoke(Role role) {
    if (role == Role.USER) {
      throw new IllegalArgumentException("Every account keeps the USER role");
    }
    roles.remove(role);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEmailVerified() {
    return emailVerified;
  }

  public String getPhone() {
    return phone;
  }

  public Site getHomeSite() {
    return homeSite;
  }

  public String getBio() {
    return bio;
  }

  public int getAvatarVersion() {
    return avatarVersion;
  }

  public boolean hasAvatar() {
    return avatarVersion > 0;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  /** When the person was last seen on a page, or null if never since this was recorded. */
  public Instant getLastActiveAt() {
    return lastActiveAt;
  }

  public Instant getSuspendedUntil() {
    return suspendedUntil;
  }

  public String getSuspensionReason() {
    return suspensionReason;
  }

  public Instant getLockedAt() {
    return lockedAt;
  }

  public Instant getDeactivatedAt() {
    return deactivatedAt;
  }

  public boolean isPasswordChangeRequired() {
    return passwordChangeRequired;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return Set.copyOf(roles);
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account account && id != null && id.equals(account.id);
  }

  @Override
  public int hashCode() {
    return Account.class.hashCode();
  }
}
