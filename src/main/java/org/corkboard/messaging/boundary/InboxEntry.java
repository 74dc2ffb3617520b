package org.corkboard.messaging.boundary;

import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.messaging.entity.Conversation;

/** A conversation as a line of the inbox, seen by one of its two people. */
public record InboxEntry(
    long id,
    Long listingId,
    String listingTitle,
    Long coverPictureId,
    long otherId,
    String otherUsername,
    String otherName,
    int otherAvatarVersion,
    String excerpt,
    Instant lastMessageAt,
    int unread,
    boolean buying,
    boolean archived) {

  static InboxEntry of(Conversation c, Account viewer) {
    Account other = c.other(viewer);
    return new InboxEntry(
        c.getId(),
        c.getListing() == null ? null : c.getListing().getId(),
        c.getListingTitle(),
        c.getListing() == null ? null : c.getListing().getCoverPictureId(),
        other.getId(),
        other.getUsername(),
        other.getDisplayName(),
        other.getAvatarVersion(),
        c.getLastExcerpt(),
        c.getLastMessageAt(),
        c.unreadFor(viewer),
        c.isBuyer(viewer),
        c.isArchivedBy(viewer));
  }
}
