package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.entity.Message;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.SubjectView;

/**
 * The listings, people and messages that reports are about, read by their ids, and shown as their
 * owners see them.
 */
@ApplicationScoped
public class Subjects {

  @PersistenceContext EntityManager em;

  public Optional<Listing> listing(long id) {
    return Optional.ofNullable(em.find(Listing.class, id));
  }

  /**
   * The listing read from the database and locked until the transaction ends: a report that hides
   * it must not work on a copy the shared cache has not yet got from the report before it.
   */
  public Optional<Listing> listingForUpdate(long id) {
    return Optional.ofNullable(em.find(Listing.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  public Optional<Account> account(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Message> message(long id) {
    return Optional.ofNullable(em.find(Message.class, id));
  }

  /** The subject for the queue, or a placeholder if it was deleted since. */
  public SubjectView view(SubjectKind kind, long id, Instant now) {
    Optional<SubjectView> view =
        switch (kind) {
          case LISTING -> listing(id).map(Subjects::of);
          case PROFILE -> account(id).map(a -> of(a, now));
          case MESSAGE -> message(id).map(Subjects::of);
        };
    return view.orElseGet(() -> SubjectView.gone(kind, id));
  }

  private static SubjectView of(Listing l) {
    return new SubjectView(
        SubjectKind.LISTING,
        l.getId(),
        l.getTitle(),
        SubjectView.excerpt(l.getDescription()),
        l.getCoverPictureId(),
        "/listings/" + l.getId(),
        l.getOwner().getDisplayName(),
        l.getOwner().getUsername(),
        l.getHold() == ListingHold.WORD_LIST
            ? "Pending review: " + l.getHoldReason()
            : l.getStatus() == ListingStatus.HIDDEN
                ? "Hidden (" + l.getHold().name().toLowerCase(Locale.ROOT) + ")"
                : l.getStatus() == ListingStatus.ACTIVE
                    ? ""
                    : l.getStatus().name().toLowerCase(Locale.ROOT));
  }

  private static SubjectView of(Account a, Instant now) {
    return new SubjectView(
        SubjectKind.PROFILE,
        a.getId(),
        a.getDisplayName(),
        SubjectView.excerpt(a.getBio()),
        null,
        "/account/user?name=" + a.getUsername(),
        a.getDisplayName(),
        a.getUsername(),
        a.isSuspendedAt(now) ? "Suspended" : "");
  }

  private static SubjectView of(Message m) {
    return new SubjectView(
        SubjectKind.MESSAGE,
        m.getId(),
        "Message about “" + m.getConversation().getListingTitle() + "”",
        SubjectView.excerpt(m.summary()),
        null,
        null,
        m.getSender().getDisplayName(),
        m.getSender().getUsername(),
        m.isRemoved() ? "Removed" : "");
  }
}
