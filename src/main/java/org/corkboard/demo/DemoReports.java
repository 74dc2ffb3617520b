package org.corkboard.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.listing.entity.Listing;
import org.corkboard.listing.entity.ListingHold;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.moderation.entity.ModerationCase;
import org.corkboard.moderation.entity.ModerationDecision;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.corkboard.moderation.entity.Verdict;

/**
 * A few reports for the moderation queue, and one listing a moderator hid, on the demo board: the
 * first active listings of colleagues (by id, so the same every time), reported by the colleagues
 * after their owners in the list of people.
 */
@ApplicationScoped
public class DemoReports {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  public void load(List<Account> people, Account moderator) {
    List<Account> colleagues = people.stream().filter(p -> !p.hasRole(Role.MODERATOR)).toList();
    colleagues = colleagues.stream().filter(p -> !p.hasRole(Role.ADMIN)).toList();
    List<Listing> listings =
        em.createQuery(
                "SELECT l FROM Listing l WHERE l.status = :active AND l.owner IN :colleagues"
                    + " ORDER BY l.id",
                Listing.class)
            .setParameter("active", ListingStatus.ACTIVE)
            .setParameter("colleagues", colleagues)
            .setMaxResults(3)
            .getResultList();
    Instant now = clock.instant();
    report(listings.get(0), colleagues, now.minus(Duration.ofHours(5)), ReportReason.SPAM, null);
    report(
        listings.get(0),
        colleagues,
        now.minus(Duration.ofHours(3)),
        ReportReason.SCAM,
        "Asks for payment before meeting.");
    report(
        listings.get(1),
        colleagues,
        now.minus(Duration.ofHours(9)),
        ReportReason.WRONG_CATEGORY,
        "This is furniture, not electronics.");
    Account alice = colleagues.get(0);
    ModerationCase profile = new ModerationCase(SubjectKind.PROFILE, alice.getId(), alice, now);
    em.persist(profile);
    profile.report(colleagues.get(1), ReportReason.OFFENSIVE, "Rude name in the bio.", now);
    hide(listings.get(2), colleagues, moderator, now.minus(Duration.ofDays(1)));
  }

  private ModerationCase report(
      Listing listing, List<Account> colleagues, Instant at, ReportReason reason, String note) {
    ModerationCase reported =
        em.createNamedQuery("ModerationCase.findBySubject", ModerationCase.class)
            .setParameter("kind", SubjectKind.LISTING)
            .setParameter("subject", listing.getId())
            .getResultStream()
            .findFirst()
            .orElseGet(() -> persisted(listing, at));
    reported.report(reporterFor(listing, colleagues, reported), reason, note, at);
    return reported;
  }

  private ModerationCase persisted(Listing listing, Instant at) {
    ModerationCase created =
        new ModerationCase(SubjectKind.LISTING, listing.getId(), listing.getOwner(), at);
    em.persist(created);
    return created;
  }

  /** The next colleague after the owner who has not reported the listing yet. */
  private static Account reporterFor(
      Listing listing, List<Account> colleagues, ModerationCase reported) {
    int owner = colleagues.indexOf(listing.getOwner());
    int step = 1 + reported.getReports().size();
    return colleagues.get((owner + step) % colleagues.size());
  }

  private void hide(Listing listing, List<Account> colleagues, Account moderator, Instant at) {
    ModerationCase reported =
        report(
            listing,
            colleagues,
            at.minus(Duration.ofHours(2)),
            ReportReason.PROHIBITED,
            "Looks like a replica weapon.");
    String reason = "Replica weapons may not be offered on Corkboard.";
    listing.hide(ListingHold.MODERATOR, reason, at);
    em.persist(new ModerationDecision(reported, moderator, Verdict.HIDE, reason, null, at));
    reported.decided(at);
  }
}
