package org.corkboard.moderation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import org.corkboard.account.boundary.AdministeredAccounts;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingReleased;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.messaging.entity.Message;
import org.corkboard.moderation.control.ModerationNews;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.control.SuspensionHolds;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * What each decision does to its subject, inside the decision's transaction; returns what the owner
 * is told, or null if they are told nothing (a dismissal of reports they never knew of).
 */
@Dependent
class Verdicts {

  @Inject Subjects subjects;
  @Inject SuspensionHolds holds;
  @Inject CurrentAccount current;
  @Inject AdministeredAccounts administered;
  @Inject Event<ListingReleased> released;

  String apply(ModerationCase c, Verdict verdict, String reason, Integer days, Instant now) {
    return switch (verdict) {
      case DISMISS -> dismiss(c, reason);
      case HIDE -> hide(listing(c), reason, now);
      case RESTORE -> restore(listing(c), reason, now);
      case REMOVE_MESSAGE -> remove(message(c), reason, now);
      case WARN -> "A moderator warns you about " + what(c) + ": " + reason;
      case SUSPEND -> suspend(c.getOwner(), reason, days, now);
    };
  }

  private String dismiss(ModerationCase c, String reason) {
    if (c.getKind() == SubjectKind.LISTING) {
      Listing listing = subjects.listing(c.getSubjectId()).orElse(null);
      if (listing != null && listing.getHold() == ListingHold.REPORTS) {
        throw new Refused(
            "verdict", "Its reports hide this listing: show it again or hide it, with a reason.");
      }
      if (listing != null && listing.getHold() == ListingHold.WORD_LIST) {
        throw new Refused(
            "verdict",
            "The word list holds this listing for review: publish it (show it again) or keep it"
                + " hidden, with a reason.");
      }
      if (listing != null && c.isReviewRequested()) {
        return "A moderator looked at your listing “"
            + title(listing)
            + "” again; it stays hidden: "
            + reason;
      }
    }
    return null;
  }

  private String hide(Listing listing, String reason, Instant now) {
    listing.hide(ListingHold.MODERATOR, reason, now);
    return "A moderator hid your listing “"
        + title(listing)
        + "”: "
        + reason
        + " You can edit it and ask for another review on its page.";
  }

  private String restore(Listing listing, String reason, Instant now) {
    if (listing.getStatus() != ListingStatus.HIDDEN) {
      throw new Refused("verdict", "This listing is not hidden.");
    }
    if (listing.getHold() == ListingHold.SUSPENSION
        || listing.getHold() == ListingHold.DEACTIVATION) {
      // Its owner's account holds it: it comes back with the account, not by a decision here.
      throw new Refused(
          "verdict",
          "This listing is hidden while its owner is suspended or deactivated; it comes back"
              + " with their account.");
    }
    boolean neverPublic = listing.getHold() == ListingHold.WORD_LIST;
    listing.restore(now);
    if (neverPublic && listing.getStatus() == ListingStatus.ACTIVE) {
      released.fire(new ListingReleased(listing.getId()));
    }
    return "Your listing “" + title(listing) + "” is shown again: " + reason;
  }

  private String remove(Message message, String reason, Instant now) {
    message.remove(now);
    return "A moderator removed your message about “"
        + ModerationNews.oneLine(message.getConversation().getListingTitle())
        + "”: "
        + reason;
  }

  private String suspend(Account person, String reason, Integer days, Instant now) {
    boolean staff = person.hasRole(Role.MODERATOR) || person.hasRole(Role.ADMIN);
    if (staff && !current.isAdmin()) {
      throw new Forbidden("Only an administrator may suspend a moderator or an administrator.");
    }
    administered.requireAnotherAdministrator(person, "suspend");
    return holds.suspend(person, reason, days, now);
  }

  private Listing listing(ModerationCase c) {
    return subjects
        .listing(c.getSubjectId())
        .orElseThrow(() -> new Refused("The listing no longer exists: dismiss the reports."));
  }

  private Message message(ModerationCase c) {
    return subjects
        .message(c.getSubjectId())
        .orElseThrow(() -> new Refused("The message no longer exists: dismiss the reports."));
  }

  private String what(ModerationCase c) {
    return switch (c.getKind()) {
      case LISTING ->
          subjects
              .listing(c.getSubjectId())
              .map(l -> "your listing “" + title(l) + "”")
              .orElse("your listing");
      case PROFILE -> "your profile";
      case MESSAGE -> "a message you sent";
    };
  }

  private static String title(Listing listing) {
    return ModerationNews.oneLine(listing.getTitle());
  }
}
