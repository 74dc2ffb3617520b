package org.corkboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corkboard.demo.DemoFixtures.LIFETIME;
import static org.corkboard.demo.DemoFixtures.NOW;
import static org.corkboard.demo.DemoFixtures.PEOPLE;
import static org.corkboard.demo.DemoFixtures.STAFF;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corkboard.demo.DemoPlan.Entry;
import org.corkboard.listing.entity.ListingStatus;
import org.corkboard.listing.entity.ListingType;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

  private static final List<Entry> PLAN = DemoFixtures.plan();

  @Test
  void theSameSeedGivesTheSameBoardOnAnyDay() {
    List<Entry> aYearLater =
        new DemoPlan(DemoPlan.SEED, NOW.plus(Duration.ofDays(365)), LIFETIME, 50)
            .listings(PEOPLE, STAFF);

    assertThat(aYearLater).extracting(Entry::title).containsExactlyElementsOf(titles(PLAN));
    assertThat(aYearLater).extracting(Entry::owner).containsExactlyElementsOf(owners(PLAN));
    assertThat(aYearLater)
        .extracting(Entry::description)
        .containsExactlyElementsOf(PLAN.stream().map(Entry::description).toList());
  }

  @Test
  void anotherSeedGivesAnotherBoard() {
    List<Entry> other = new DemoPlan(42, NOW, LIFETIME, 50).listings(PEOPLE, STAFF);

    assertThat(titles(other)).isNotEqualTo(titles(PLAN));
  }

  @Test
  void fillsTheBoardAcrossCategoriesTypesAndPeople() {
    assertThat(PLAN).hasSize(DemoPlan.LISTINGS);
    assertThat(count(Entry::owner)).hasSize(PEOPLE);
    assertThat(count(e -> e.template().top())).containsOnlyKeys(DefaultTree.slugs().keySet());
    assertThat(count(e -> e.template().type())).containsOnlyKeys(ListingType.values());
    Set<String> categories = count(e -> e.template().category()).keySet();
    DefaultTree.slugs().values().forEach(children -> assertThat(categories).containsAll(children));
  }

  @Test
  void staffPostLessThanTheirColleagues() {
    Map<Integer, Long> perPerson = count(Entry::owner);

    for (int staff = 0; staff < STAFF; staff++) {
      for (int other = STAFF; other < PEOPLE; other++) {
        assertThat(perPerson.get(staff)).isLessThan(perPerson.get(other));
      }
    }
  }

  @Test
  void myListingsShowsEveryStateToEverySecondColleague() {
    for (int person = STAFF; person < PEOPLE; person++) {
      int owner = person;
      Set<ListingStatus> states =
          PLAN.stream()
              .filter(e -> e.owner() == owner)
              .map(Entry::status)
              .collect(Collectors.toSet());

      assertThat(states).contains(ListingStatus.ACTIVE, ListingStatus.SOLD);
      if ((person - STAFF) % 2 == 0) {
        // Hidden is moderation's doing, not the plan's (see DemoReports).
        assertThat(states)
            .containsExactlyInAnyOrderElementsOf(
                EnumSet.complementOf(EnumSet.of(ListingStatus.HIDDEN)));
      }
    }
    assertThat(count(Entry::status).get(ListingStatus.ACTIVE)).isGreaterThan(350);
  }

  @Test
  void onlyThingsForSaleOrGivenAwayEndSold() {
    assertThat(PLAN.stream().filter(e -> e.status() == ListingStatus.SOLD))
        .allSatisfy(
            e -> assertThat(e.template().type()).isIn(ListingType.FOR_SALE, ListingType.FREE));
  }

  @Test
  void activeListingsAreLiveWheneverTheBoardIsLoaded() {
    for (Instant now : List.of(NOW, NOW.plus(Duration.ofDays(400)))) {
      List<Entry> plan = new DemoPlan(DemoPlan.SEED, now, LIFETIME, 50).listings(PEOPLE, STAFF);

      assertThat(plan.stream().filter(e -> e.status() == ListingStatus.ACTIVE))
          .allSatisfy(
              e -> {
                assertThat(e.published()).isBetween(now.minus(Duration.ofDays(21)), now);
                assertThat(e.created()).isBefore(e.published());
                assertThat(e.published().plus(LIFETIME)).isAfter(now.plus(Duration.ofDays(9)));
              });
    }
  }

  @Test
  void endedListingsEndedWithinTheirLifetimeOrAfterIt() {
    for (Entry entry : PLAN) {
      switch (entry.status()) {
        case SOLD, CLOSED ->
            assertThat(entry.ended())
                .isBetween(entry.published(), entry.published().plus(LIFETIME))
                .isBefore(NOW);
        case EXPIRED ->
            assertThat(entry.ended())
                .isAfterOrEqualTo(entry.published().plus(LIFETIME))
                .isBefore(NOW);
        case DRAFT -> assertThat(entry.published()).isNull();
        default -> assertThat(entry.ended()).isNull();
      }
    }
  }

  @Test
  void everybodyKeepsRoomToPostMoreBelowTheLimitOfActiveListings() {
    List<Entry> plan = new DemoPlan(DemoPlan.SEED, NOW, LIFETIME, 20).listings(PEOPLE, STAFF);

    assertThat(activePerOwner(PLAN).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(40));
    assertThat(activePerOwner(plan).values())
        .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(16));
  }

  @Test
  void noTwoListingsHaveTheSameTitle() {
    assertThat(titles(PLAN)).doesNotHaveDuplicates();
  }

  @Test
  void aboutSevenInTenListingsHavePictures() {
    long withPictures = PLAN.stream().filter(e -> e.pictures() > 0).count();

    assertThat(withPictures).isBetween(260L, 320L);
    assertThat(PLAN).allSatisfy(e -> assertThat(e.pictures()).isBetween(0, 3));
  }

  private static <K> Map<K, Long> count(Function<Entry, K> key) {
    return PLAN.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }

  private static Map<Integer, Long> activePerOwner(List<Entry> plan) {
    return plan.stream()
        .filter(e -> e.status() == ListingStatus.ACTIVE)
        .collect(Collectors.groupingBy(Entry::owner, Collectors.counting()));
  }

  private static List<String> titles(List<Entry> plan) {
    return plan.stream().map(Entry::title).toList();
  }

  private static List<Integer> owners(List<Entry> plan) {
    return plan.stream().map(Entry::owner).toList();
  }
}
