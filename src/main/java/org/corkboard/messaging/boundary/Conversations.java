package org.corkboard.messaging.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.boundary.Profiles.PublicProfile;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.control.AttachmentChecks;
import org.corkboard.messaging.control.ConversationRepository;
import org.corkboard.messaging.control.ConversationRepository.Filter;
import org.corkboard.messaging.control.LiveHints;
import org.corkboard.messaging.control.MessageNews;
import org.corkboard.messaging.control.MessagingRules;
import org.corkboard.messaging.entity.Attachment;
import org.corkboard.messaging.entity.Block;
import org.corkboard.messaging.entity.Conversation;
import org.corkboard.messaging.entity.Message;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * Colleagues talking about a listing. Only the two people of a conversation read it or write to it;
 * every call checks that here, whatever the page shows. Each call is one transaction.
 */
@Stateless
@RolesAllowed(Role.USER_NAME)
public class Conversations {

  /** What a person sees when the other has blocked them: it does not say so. */
  static final String NOT_ACCEPTED = "This conversation does not accept messages from you.";

  @Inject ConversationRepository repository;
  @Inject MessagingRules rules;
  @Inject CurrentAccount current;
  @Inject Notifications notifications;
  @Inject LiveHints live;
  @Inject Clock clock;

  /**
   * Writes to the owner of a listing: opens the caller's conversation about it, or adds to the one
   * they have. Returns the conversation's id.
   */
  public long contact(long listingId, String text) {
    Account buyer = current.confirmedAccountToChange();
    Listing listing =
        repository
            .listing(listingId)
            .filter(l -> l.getStatus() == ListingStatus.ACTIVE)
            .orElseThrow(() -> new Refused("This listing is no longer available."));
    if (listing.getOwner().equals(buyer)) {
      throw new Refused("This is your own listing.");
    }
    Optional<Conversation> existing = repository.of(listing, buyer);
    if (existing.isEmpty()) {
      // First messages sent at once (a double click, two tabs) would each open a conversation, and
      // all but one fail on the database's unique key: each waits here for the one before, then
      // finds its conversation and adds to it.
      repository.lock(listing);
      existing = repository.of(listing, buyer);
    }
    if (existing.isPresent()) {
      write(existing.get(), buyer, text);
      return existing.get().getId();
    }
    checkText(text);
    Instant now = clock.instant();
    if (repository.countConversationsStartedSince(buyer, now.minus(Duration.ofDays(1)))
        >= rules.maxNewConversationsPerDay()) {
      throw new Refused(
          "You have started "
              + rules.maxNewConversationsPerDay()
              + " conversations today, the most allowed; please wait until tomorrow.");
    }
    Conversation conversation = repository.store(new Conversation(listing, buyer, now));
    write(conversation, buyer, text);
    return conversation.getId();
  }

  /**
   * Adds a message to one of the caller's conversations, with the files they chose for it (the text
   * may then be empty).
   */
  public void send(long conversationId, String text) {
    Account sender = current.confirmedAccountToChange();
    Conversation conversation = own(conversationId, sender);
    write(conversation, sender, text, repository.waiting(conversation, sender));
  }

  /**
   * Checks a file by its content, a picture (re-encoded without its metadata) or a PDF, and keeps
   * it for the caller's next message in the conversation; refused with a message otherwise. The
   * files wait in the database, not in the page: a reload or another tab still has them.
   */
  public AttachmentEntry attach(long conversationId, byte[] upload, String fileName) {
    Account sender = current.confirmedAccountToChange();
    // Checked before the conversation is locked: re-encoding a picture takes a while.
    AttachmentChecks.Checked file = AttachmentChecks.check(upload, fileName);
    Conversation conversation = own(conversationId, sender);
    acceptsMessages(conversation, sender);
    checkCount(repository.waiting(conversation, sender).size() + 1);
    return AttachmentEntry.of(
        repository.store(
            new Attachment(
                conversation,
                sender,
                file.kind(),
                file.fileName(),
                file.content(),
                file.thumbnail(),
                clock.instant())));
  }

  /** Drops a file the caller chose for their next message in the conversation. */
  public void detach(long conversationId, long attachmentId) {
    Account sender = current.account();
    repository.removeWaiting(attachmentId, own(conversationId, sender), sender);
  }

  private static void checkCount(int attachments) {
    if (attachments > AttachmentChecks.MAX_PER_MESSAGE) {
      throw new Refused(
          "attachments",
          "A message may carry at most " + AttachmentChecks.MAX_PER_MESSAGE + " files.");
    }
  }

  /** An attachment, for the two people of its conversation only; empty for anyone else. */
  public Optional<AttachmentFile> attachment(long attachmentId, boolean thumbnail) {
    Account caller = current.account();
    return repository
        .attachment(attachmentId)
        .filter(a -> a.getMessage() != null && a.getConversation().isParticipant(caller))
        .map(a -> new AttachmentFile(a.getKind(), a.getFileName(), a.content(thumbnail)));
  }

  /** The caller's conversation about the listing, if they have one. */
  public Optional<Long> about(long listingId) {
    Account caller = current.account();
    return repository
        .listing(listingId)
        .flatMap(listing -> repository.of(listing, caller))
        .map(Conversation::getId);
  }

  /** One page of the caller's inbox, newest activity first. */
  public InboxPage inbox(Filter filter, int first, int size) {
    Account caller = current.account();
    List<InboxEntry> entries =
        repository
            .inbox(caller, filter, Math.max(first, 0), Math.min(Math.max(size, 1), 50))
            .stream()
            .map(c -> InboxEntry.of(c, caller))
            .toList();
    return new InboxPage(entries, repository.countInbox(caller, filter));
  }

  /** The number of the caller's conversations with unread messages. */
  public long unread() {
    return repository.unreadConversations(current.account());
  }

  /** The conversation, for one of its two people; what they have not seen is now seen. */
  public ConversationPage open(long conversationId) {
    Account reader = current.accountToChange();
    Conversation conversation = own(conversationId, reader);
    List<Message> messages = repository.messages(conversation);
    Account other = conversation.other(reader);
    if (lastFrom(other, messages) > conversation.readUptoOf(reader)) {
      live.messagesSeen(conversation.getId(), other.getId(), reader.getId());
    }
    if (!messages.isEmpty()) {
      conversation.readBy(reader, messages.get(messages.size() - 1).getId());
    }
    notifications.seen(reader, MessageNews.subject(conversation));
    long seenUpto = conversation.readUptoOf(other);
    Map<Long, List<AttachmentEntry>> attachments =
        repository.attachmentsIn(conversation).stream()
            .map(AttachmentEntry::of)
            .collect(Collectors.groupingBy(AttachmentEntry::messageId));
    return new ConversationPage(
        conversation.getId(),
        conversation.getListing() == null ? null : conversation.getListing().getId(),
        conversation.getListingTitle(),
        conversation.getListing() == null ? null : conversation.getListing().getStatus(),
        conversation.getListing() == null ? null : conversation.getListing().slug(),
        conversation.getListing() == null ? null : conversation.getListing().getCoverPictureId(),
        conversation.isBuyer(reader),
        PublicProfile.of(other),
        messages.stream()
            .map(
                m ->
                    new MessageEntry(
                        m.getId(),
                        m.getSender().equals(reader),
                        m.isRemoved() ? "" : m.getBody(),
                        m.getSentAt(),
                        m.isRemoved(),
                        m.isRemoved() ? List.of() : attachments.getOrDefault(m.getId(), List.of())))
            .toList(),
        lastOwnSeen(messages, reader, seenUpto),
        conversation.isArchivedBy(reader),
        conversation.isOpen(),
        repository.isBlocked(reader, other),
        repository.waiting(conversation, reader).stream().map(AttachmentEntry::of).toList(),
        other.getLastActiveAt(),
        conversation.getVersion());
  }

  /**
   * Moves the conversation out of (or back into) the caller's inbox; a new message brings it back.
   */
  public void archive(long conversationId, boolean archived) {
    Account caller = current.account();
    own(conversationId, caller).archive(caller, archived);
  }

  /** The caller no longer accepts messages from the person. */
  public void block(long accountId) {
    Account caller = current.account();
    if (caller.getId() == accountId) {
      throw new Refused("You cannot block yourself.");
    }
    repository.block(new Block(caller.getId(), accountId, clock.instant()));
  }

  public void unblock(long accountId) {
    repository.unblock(current.account(), accountId);
  }

  /** The people the caller has blocked. */
  public List<PublicProfile> blocked() {
    return repository.blockedBy(current.account()).stream().map(PublicProfile::of).toList();
  }

  private void write(Conversation conversation, Account sender, String text) {
    write(conversation, sender, text, List.of());
  }

  private void write(
      Conversation conversation, Account sender, String text, List<Attachment> attachments) {
    acceptsMessages(conversation, sender);
    checkCount(attachments.size());
    String body = text == null ? "" : text.strip();
    if (attachments.isEmpty() || !body.isEmpty()) {
      checkText(text);
    }
    Instant now = clock.instant();
    if (repository.countMessagesSince(sender, now.minus(Duration.ofHours(1)))
        >= rules.maxMessagesPerHour()) {
      throw new Refused(
          "You have sent "
              + rules.maxMessagesPerHour()
              + " messages in the last hour, the most allowed; please wait a little.");
    }
    Message message =
        repository.add(new Message(conversation, sender, body, attachments.size(), now));
    for (int i = 0; i < attachments.size(); i++) {
      attachments.get(i).sendWith(message, i);
    }
    Account recipient = conversation.other(sender);
    notifications.notify(recipient, MessageNews.of(message));
    live.messageSent(conversation.getId(), message.getId(), recipient.getId(), sender.getId());
  }

  private void acceptsMessages(Conversation conversation, Account sender) {
    if (!conversation.isOpen()) {
      throw new Refused("The listing was deleted; this conversation accepts no more messages.");
    }
    if (repository.isBlocked(conversation.other(sender), sender)) {
      throw new Refused(NOT_ACCEPTED);
    }
  }

  private static void checkText(String text) {
    MessagingRules.problemWith(text)
        .ifPresent(
            problem -> {
              throw new Refused("text", problem);
            });
  }

  /** The conversation, if the caller is one of its two people; otherwise as if it did not exist. */
  private Conversation own(long conversationId, Account caller) {
    return repository
        .findForUpdate(conversationId)
        .filter(c -> c.isParticipant(caller))
        .orElseThrow(() -> new Forbidden("This conversation is not yours."));
  }

  /** The id of the last message the person sent, or 0. */
  private static long lastFrom(Account sender, List<Message> messages) {
    return messages.stream()
        .filter(m -> m.getSender().equals(sender))
        .mapToLong(Message::getId)
        .max()
        .orElse(0);
  }

  /** The id of the reader's last message the other person has seen, if any. */
  private static Long lastOwnSeen(List<Message> messages, Account reader, long seenUpto) {
    Long seen = null;
    for (Message m : messages) {
      if (m.getSender().equals(reader) && m.getId() <= seenUpto) {
        seen = m.getId();
      }
    }
    return seen;
  }
}
