package org.corkboard.moderation.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Locale;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.control.Subjects;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.platform.Forbidden;
import org.corkboard.platform.Refused;

/**
 * Finds what a person may report: a listing they can see, any profile, a message sent to them;
 * never their own. Whatever does not exist or is not theirs to see is refused alike.
 */
@Dependent
class Reportables {

  @Inject Subjects subjects;

  Reportable find(SubjectKind kind, long id, Account reporter) {
    Reportable found =
        switch (kind) {
          case LISTING ->
              subjects
                  .listing(id)
                  .filter(l -> l.isVisibleTo(reporter, false))
                  .map(
                      l ->
                          new Reportable(
                              kind,
                              id,
                              "the listing “" + l.getTitle() + "”",
                              "/listings/" + id,
                              l.getOwner()))
                  .orElseThrow(Reports::noSuch);
          case PROFILE ->
              subjects
                  .account(id)
                  .map(
                      a ->
                          new Reportable(
                              kind,
                              id,
                              "the profile of " + a.getDisplayName(),
                              "/account/user?name=" + a.getUsername(),
                              a))
                  .orElseThrow(Reports::noSuch);
          case MESSAGE -> message(id, reporter);
        };
    if (found.owner().equals(reporter)) {
      throw new Refused(
          "You cannot report your own " + kind.getLabel().toLowerCase(Locale.ROOT) + ".");
    }
    return found;
  }

  private Reportable message(long id, Account reporter) {
    return subjects
        .message(id)
        .filter(m -> m.getConversation().isParticipant(reporter))
        .filter(m -> !m.isRemoved())
        .map(
            m ->
                new Reportable(
                    SubjectKind.MESSAGE,
                    id,
                    "a message from " + m.getSender().getDisplayName(),
                    "/inbox/" + m.getConversation().getId(),
                    m.getSender()))
        .orElseThrow(() -> new Forbidden("This message is not yours to report."));
  }
}
