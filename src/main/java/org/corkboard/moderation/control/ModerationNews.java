package org.corkboard.moderation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.SubjectView;
import org.corkboard.moderation.entity.Verdict;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.notification.boundary.Notifications.News;
import org.corkboard.notification.entity.NotificationKind;
import org.corkboard.platform.Settings;

/**
 * Tells owners what moderators decided about their listing, profile or message (and why), and
 * reporters what became of their report, through the notification centre, in the transaction of the
 * decision. The texts are built by static methods so that they can be checked alone.
 */
@ApplicationScoped
public class ModerationNews {

  @Inject Notifications notifications;

  public void toOwner(Account owner, SubjectView subject, String sentence) {
    notifications.notify(owner, ownerNews(owner.getDisplayName(), subject, sentence));
  }

  public void toReporter(Account reporter, SubjectView subject, Verdict verdict) {
    notifications.notify(reporter, reporterNews(reporter.getDisplayName(), subject, verdict));
  }

  /** What the owner is told: one sentence saying what happened and why. */
  public static News ownerNews(String recipient, SubjectView subject, String sentence) {
    String link = subject.link() == null ? "/notifications" : subject.link();
    return new News(
        NotificationKind.MODERATION,
        "moderation:" + subject.kind().name().toLowerCase(Locale.ROOT) + ":" + subject.id(),
        sentence,
        link,
        "A moderator's decision: " + oneLine(subject.title()),
        """
        Hello %s,

        %s

        %s
        """
            .formatted(recipient, sentence, Settings.baseUrl() + link));
  }

  /** What the reporter is told: thanks, and the decision without the owner's details. */
  public static News reporterNews(String recipient, SubjectView subject, Verdict verdict) {
    String text =
        "Your report of “"
            + oneLine(subject.title())
            + "” was reviewed by a moderator: "
            + verdict.getLabel().toLowerCase(Locale.ROOT)
            + ".";
    return new News(
        NotificationKind.REPORT_DECIDED,
        "report:" + subject.kind().name().toLowerCase(Locale.ROOT) + ":" + subject.id(),
        text,
        "/notifications",
        "Your report was reviewed",
        """
        Hello %s,

        %s

        Thank you for helping to keep Corkboard a good place.
        """
            .formatted(recipient, text));
  }

  public static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
