package org.corkboard.messaging.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;

/**
 * Two people talking about one listing: its owner (the seller) and a colleague who wrote to them
 * (the buyer). Each side keeps its own unread count, read mark and archive flag, so that the inbox
 * is read off one row per conversation.
 */
@Entity
public class Conversation {

  /** The longest excerpt of the last message kept for the inbox. */
  public static final int EXCERPT_LENGTH = 160;

  @Id
  @SequenceGenerator(
      name = "conversation_seq",
      sequenceName = "conversation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
  private Long id;

  /** Null once the listing is deleted; the conversation then accepts no more messages. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "listing_id")
  private Listing listing;

  private String listingTitle;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "buyer_id")
  private Account buyer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "seller_id")
  private Account seller;

  private Instant createdAt;
  private Instant lastMessageAt;
  private String lastExcerpt;
  private int buyerUnread;
  private int sellerUnread;
  private long buyerReadUpto;
  private long sellerReadUpto;
  private boolean buyerArchived;
  private boolean sellerArchived;

  @Version private long version;

  protected Conversation() {}

  public Conversation(Listing listing, Account buyer, Instant now) {
    this.listing = Objects.requireNonNull(listing);
    this.listingTitle = listing.getTitle();
    this.buyer = Objects.requireNonNull(buyer);
    this.seller = listing.getOwner();
    this.createdAt = now;
    this.lastMessageAt = now;
    this.lastExcerpt = "";
  }

  public boolean isParticipant(Account account) {
    return buyer.equals(account) || seller.equals(account);
  }

  public Account other(Account participant) {
    return buyer.equals(participant) ? seller : buyer;
  }

  public boolean isBuyer(Account participant) {
    return buyer.equals(participant);
  }

  /**
   * A message of {@code sender} was added: the other side has one more unread, and both see the
   * conversation again in their inbox.
   */
  public void added(Message message) {
    lastMessageAt = message.getSentAt();
    lastExcerpt = excerpt(message.summary());
    buyerArchived = false;
    sellerArchived = false;
    if (isBuyer(message.getSender())) {
      sellerUnread++;
      buyerReadUpto = message.getId();
    } else {
      buyerUnread++;
      sellerReadUpto = message.getId();
    }
  }

  /** The reader has seen every message up to {@code lastMessageId}; true if that is news. */
  public boolean readBy(Account reader, long lastMessageId) {
    if (isBuyer(reader)) {
      boolean news = buyerUnread > 0 || buyerReadUpto < lastMessageId;
      buyerUnread = 0;
      buyerReadUpto = Math.max(buyerReadUpto, lastMessageId);
      return news;
    }
    boolean news = sellerUnread > 0 || sellerReadUpto < lastMessageId;
    sellerUnread = 0;
    sellerReadUpto = Math.max(sellerReadUpto, lastMessageId);
    return news;
  }

  public void archive(Account participant, boolean archived) {
    if (isBuyer(participant)) {
      buyerArchived = archived;
    } else {
      sellerArchived = archived;
    }
  }

  public boolean isArchivedBy(Account participant) {
    return isBuyer(participant) ? buyerArchived : sellerArchived;
  }

  public int unreadFor(Account participant) {
    return isBuyer(participant) ? buyerUnread : sellerUnread;
  }

  /** The id of the last message the participant has seen. */
  public long readUptoOf(Account participant) {
    return isBuyer(participant) ? buyerReadUpto : sellerReadUpto;
  }

  /** Whether messages may still be added: not once the listing is gone. */
  public boolean isOpen() {
    return listing != null;
  }

  static String excerpt(String body) {
    String oneLine = body.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= EXCERPT_LENGTH
        ? oneLine
        : oneLine.substring(0, EXCERPT_LENGTH - 1).stripTrailing() + "…";
  }

  public Long getId() {
    return id;
  }

  public Listing getListing() {
    return listing;
  }

  public String getListingTitle() {
    return listingTitle;
  }

  public Account getBuyer() {
    return buyer;
  }

  public Account getSeller() {
    return seller;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public String getLastExcerpt() {
    return lastExcerpt;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Conversation c && id != null && id.equals(c.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
