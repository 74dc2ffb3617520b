package org.corkboard.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.messaging.entity.Attachment;
import org.corkboard.messaging.entity.Block;
import org.corkboard.messaging.entity.Conversation;
import org.corkboard.messaging.entity.Message;

/** Conversations, messages and blocks in the database; lists are paged there. */
@ApplicationScoped
public class ConversationRepository {

  /** Which of a person's conversations the inbox shows. */
  public enum Filter {
    ALL("Active"),
    UNREAD("Unread"),
    BUYING("Buying"),
    SELLING("Selling"),
    ARCHIVED("Archived");

    private final String label;

    Filter(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  @PersistenceContext EntityManager em;

  /**
   * The conversation, locked until the transaction ends: both people change its counters, often at
   * the same moment, and each change must see the other's.
   */
  public Optional<Conversation> findForUpdate(long id) {
    return Optional.ofNullable(em.find(Conversation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Listing> listing(long id) {
    return Optional.ofNullable(em.find(Listing.class, id));
  }

  /** Locks the listing until the transaction ends, re-read as it stands. */
  public void lock(Listing listing) {
    em.refresh(listing, LockModeType.PESSIMISTIC_WRITE);
  }

  public Optional<Message> message(long id) {
    return Optional.ofNullable(em.find(Message.class, id));
  }

  public Optional<Conversation> of(Listing listing, Account buyer) {
    return em.createQuery(
            "SELECT c FROM Conversation c WHERE c.listing = :listing AND c.buyer = :buyer",
            Conversation.class)
        .setParameter("listing", listing)
        .setParameter("buyer", buyer)
        .getResultStream()
        .findFirst()
        .map(found -> findForUpdate(found.getId()).orElseThrow());
  }

  public Conversation store(Conversation conversation) {
    em.persist(conversation);
    return conversation;
  }

  /** Stores the message (its id assigned at once) and updates its conversation. */
  public Message add(Message message) {
    em.persist(message);
    em.flush();
    message.getConversation().added(message);
    return message;
  }

  public Attachment store(Attachment attachment) {
    em.persist(attachment);
    em.flush();
    return attachment;
  }

  /** The files the person chose for their next message in the conversation, in order. */
  public List<Attachment> waiting(Conversation conversation, Account uploader) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.uploader = :uploader"
                + " AND a.conversation = :conversation AND a.message IS NULL ORDER BY a.id",
            Attachment.class)
        .setParameter("uploader", uploader)
        .setParameter("conversation", conversation)
        .getResultList();
  }

  /** Removes one of the files the person chose for their next message; sent ones stay. */
  public void removeWaiting(long id, Conversation conversation, Account uploader) {
    em.createQuery(
            "DELETE FROM Attachment a WHERE a.id = :id AND a.uploader = :uploader"
                + " AND a.conversation = :conversation AND a.message IS NULL")
        .setParameter("id", id)
        .setParameter("uploader", uploader)
        .setParameter("conversation", conversation)
        .executeUpdate();
  }

  /** Removes files chosen before the instant and never sent; returns how many. */
  public int removeWaitingChosenBefore(Instant before) {
    return em.createQuery(
            "DELETE FROM Attachment a WHERE a.message IS NULL AND a.uploadedAt < :before")
        .setParameter("before", before)
        .executeUpdate();
  }

  public Optional<Attachment> attachment(long id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  /** What the conversation's messages carry, in order (the files' bytes load when read). */
  public List<Attachment> attachmentsIn(Conversation conversation) {
    return em.createQuery(
            "SELECT a FROM Attachment a WHERE a.message.conversation = :conversation"
                + " ORDER BY a.message.id, a.position",
            Attachment.class)
        .setParameter("conversation", conversation)
        .getResultList();
  }

  /** The conversation's messages, oldest first. */
  public List<Message> messages(Conversation conversation) {
    return em.createQuery(
            "SELECT m FROM Message m WHERE m.conversation = :conversation ORDER BY m.id",
            Message.class)
        .setParameter("conversation", conversation)
        .getResultList();
  }

  /** One page of a person's inbox, newest activity first. */
  public List<Conversation> inbox(Account person, Filter filter, int first, int size) {
    TypedQuery<Conversation> query =
        em.createQuery(
            "SELECT c FROM Conversation c JOIN FETCH c.buyer JOIN FETCH c.seller"
                + " LEFT JOIN FETCH c.listing WHERE "
                + where(filter)
                + " ORDER BY c.lastMessageAt DESC, c.id DESC",
            Conversation.class);
    return query
        .setParameter("person", person)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countInbox(Account person, Filter filter) {
    return em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE " + where(filter), Long.class)
        .setParameter("person", person)
        .getSingleResult();
  }

  private static String where(Filter filter) {
    String buying = "(c.buyer = :person AND c.buyerArchived = %s)";
    String selling = "(c.seller = :person AND c.sellerArchived = %s)";
    return switch (filter) {
      case ALL -> "(" + buying.formatted(false) + " OR " + selling.formatted(false) + ")";
      case UNREAD ->
          "((c.buyer = :person AND c.buyerUnread > 0) OR (c.seller = :person AND c.sellerUnread > 0))";
      case BUYING -> buying.formatted(false);
      case SELLING -> selling.formatted(false);
      case ARCHIVED -> "(" + buying.formatted(true) + " OR " + selling.formatted(true) + ")";
    };
  }

  /** The number of a person's conversations with unread messages. */
  public long unreadConversations(Account person) {
    return countInbox(person, Filter.UNREAD);
  }

  public long countConversationsStartedSince(Account buyer, Instant since) {
    return em.createQuery(
            "SELECT COUNT(c) FROM Conversation c WHERE c.buyer = :buyer AND c.createdAt >= :since",
            Long.class)
        .setParameter("buyer", buyer)
        .setParameter("since", since)
        .getSingleResult();
  }

  public long countMessagesSince(Account sender, Instant since) {
    return em.createQuery(
            "SELECT COUNT(m) FROM Message m WHERE m.sender = :sender AND m.sentAt >= :since",
            Long.class)
        .setParameter("sender", sender)
        .setParameter("since", since)
        .getSingleResult();
  }

  public boolean isBlocked(Account blocker, Account blocked) {
    return em.find(Block.class, new Block.Key(blocker.getId(), blocked.getId())) != null;
  }

  public void block(Block block) {
    if (em.find(Block.class, new Block.Key(block.getBlockerId(), block.getBlockedId())) == null) {
      em.persist(block);
    }
  }

  public void unblock(Account blocker, long blockedId) {
    Block block = em.find(Block.class, new Block.Key(blocker.getId(), blockedId));
    if (block != null) {
      em.remove(block);
    }
  }

  /** The people {@code blocker} has blocked, most recent first. */
  public List<Account> blockedBy(Account blocker) {
    return em.createQuery(
            "SELECT a FROM Block b, Account a WHERE b.blockerId = :blocker AND a.id = b.blockedId"
                + " ORDER BY b.createdAt DESC",
            Account.class)
        .setParameter("blocker", blocker.getId())
        .getResultList();
  }
}
