package org.corkboard.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.corkboard.demo.DemoCatalogue.Template;
import org.corkboard.listing.entity.Condition;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.corkboard.listing.entity.Price;

/**
 * Which listings the demo board holds: by whom, with what text, price, place, state and number of
 * pictures. Everything follows from the seed except the times, which count back from "now" so that
 * the board is alive whenever it is loaded. No two listings have the same title. People are
 * numbered, the staff first; staff post a little, every colleague has sold something, and every
 * second colleague also has a closed, an expired and a draft listing, so that "My listings" shows
 * every state.
 */
final class DemoPlan {

  static final long SEED = 20260105L;
  static final int LISTINGS = 400;

  /** Where a listing is: its owner's site, a town near it, or both. */
  enum Where {
    SITE,
    TOWN,
    BOTH
  }

  /** One planned listing; texts and details may still hold places ({site}, {town}...). */
  record Entry(
      Template template,
      int owner,
      String title,
      String description,
      Price price,
      Condition condition,
      Where where,
      int town,
      Map<String, String> details,
      int pictures,
      ListingStatus status,
      Instant created,
      Instant published,
      Instant ended) {}

  /** What can end sold: things for sale or given away (not found keys or event tickets). */
  private static final List<Template> SOLD =
      DemoCatalogue.all().stream()
          .filter(t -> t.type() == ListingType.FOR_SALE || t.type() == ListingType.FREE)
          .filter(t -> t.top().equals("for-sale") || t.top().equals("free-stuff"))
          .toList();

  private final Random random;
  private final DemoTimes times;
  private final int maxActive;
  private final List<Template> deck = new ArrayList<>();
  private final Set<String> titles = new HashSet<>();
  private int[] active;

  /**
   * A plan for listings with this lifetime, leaving each person room below the limit of active
   * listings ({@code maxActive}) to post a few more.
   */
  DemoPlan(long seed, Instant now, Duration lifetime, int maxActive) {
    this.random = new Random(seed);
    this.times = new DemoTimes(random, now, lifetime);
    this.maxActive = Math.max(1, maxActive * 4 / 5);
  }

  /** About {@link #LISTINGS} listings of {@code people} people, of whom the first {@code staff}. */
  List<Entry> listings(int people, int staff) {
    active = new int[people];
    List<Entry> entries = new ArrayList<>();
    for (int person = staff; person < people; person++) {
      entries.addAll(showcase(person, (person - staff) % 2 == 0));
    }
    for (int tries = 0; entries.size() < LISTINGS && tries < 10 * LISTINGS; tries++) {
      Template template = nextFromDeck();
      String title = freshTitle(template);
      int owner = title == null ? -1 : ownerFor(pickOwner(people, staff));
      if (owner >= 0) {
        entries.add(entry(template, title, owner, ListingStatus.ACTIVE));
      }
    }
    return entries;
  }

  private List<Entry> showcase(int person, boolean everyState) {
    List<Entry> entries = new ArrayList<>();
    entries.add(planned(() -> SOLD.get(random.nextInt(SOLD.size())), person, ListingStatus.SOLD));
    if (everyState) {
      for (ListingStatus status :
          List.of(ListingStatus.CLOSED, ListingStatus.EXPIRED, ListingStatus.DRAFT)) {
        entries.add(planned(this::nextFromDeck, person, status));
      }
    }
    return entries;
  }

  private Entry planned(Supplier<Template> templates, int person, ListingStatus status) {
    Template template = templates.get();
    String title = freshTitle(template);
    for (int tries = 0; title == null && tries < 100; tries++) {
      template = templates.get();
      title = freshTitle(template);
    }
    String chosen = title != null ? title : DemoCatalogue.choose(template.title(), random);
    return entry(template, chosen, person, status);
  }

  private Template nextFromDeck() {
    if (deck.isEmpty()) {
      deck.addAll(DemoCatalogue.all());
      Collections.shuffle(deck, random);
    }
    return deck.remove(deck.size() - 1);
  }

  /** A title of the template that is not on the board yet, or null after a few tries. */
  private String freshTitle(Template template) {
    for (int i = 0; i < 3; i++) {
      String title = DemoCatalogue.choose(template.title(), random);
      if (titles.add(title)) {
        return title;
      }
    }
    return null;
  }

  /** Staff post about a sixth as much as others. */
  private int pickOwner(int people, int staff) {
    int others = people - staff;
    int ticket = random.nextInt(staff + 6 * others);
    return ticket < staff ? ticket : staff + (ticket - staff) / 6;
  }

  /** The first person from {@code first} on who may have another active listing. */
  private int ownerFor(int first) {
    for (int i = 0; i < active.length; i++) {
      int owner = (first + i) % active.length;
      if (active[owner] < maxActive) {
        return owner;
      }
    }
    return -1;
  }

  private Entry entry(Template template, String title, int owner, ListingStatus status) {
    if (status == ListingStatus.ACTIVE) {
      active[owner]++;
    }
    DemoTimes.Span span = times.of(status);
    return new Entry(
        template,
        owner,
        title,
        DemoTexts.description(template, random),
        DemoPrices.of(template, random),
        DemoTexts.condition(template, random),
        where(template),
        random.nextInt(4),
        DemoTexts.details(template.details(), times.today(), random),
        pictures(template),
        status,
        span.created(),
        span.published(),
        span.ended());
  }

  private Where where(Template template) {
    int roll = random.nextInt(100);
    return switch (template.top()) {
      case "housing" -> roll < 70 ? Where.TOWN : Where.BOTH;
      case "rides", "jobs" -> Where.SITE;
      default -> roll < 72 ? Where.SITE : roll < 84 ? Where.BOTH : Where.TOWN;
    };
  }

  /** None to three; job ads rarely have pictures, about three in four other listings do. */
  private int pictures(Template template) {
    int roll = random.nextInt(100);
    if (template.type() == ListingType.JOB) {
      return roll < 20 ? 1 : 0;
    }
    return roll < 24 ? 0 : roll < 66 ? 1 : roll < 88 ? 2 : 3;
  }
}
