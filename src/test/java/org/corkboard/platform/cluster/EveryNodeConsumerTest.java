package org.corkboard.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.corkboard.category.entity.CategoriesChanged;
import org.corkboard.site.entity.SitesChanged;
import org.junit.jupiter.api.Test;

class EveryNodeConsumerTest {

  /** Declared here: an event for every node that carries data, which no message can make. */
  record Carrying(String what) implements EveryNode {}

  @Test
  void makesTheEventsForEveryNodeThatAMessageNames() {
    assertEquals(
        new CategoriesChanged(),
        EveryNodeConsumer.event(CategoriesChanged.class.getName()).orElseThrow());
    assertEquals(
        new SitesChanged(), EveryNodeConsumer.event(SitesChanged.class.getName()).orElseThrow());
  }

  @Test
  void dropsWhatIsNotSuchAnEvent() {
    assertTrue(EveryNodeConsumer.event("java.lang.Object").isEmpty(), "not an event");
    assertTrue(EveryNodeConsumer.event("java.lang.Runtime").isEmpty(), "no public constructor");
    assertTrue(EveryNodeConsumer.event(Carrying.class.getName()).isEmpty(), "carries data");
    assertTrue(EveryNodeConsumer.event("org.corkboard.NoSuchEvent").isEmpty(), "unknown");
    assertTrue(EveryNodeConsumer.event("").isEmpty(), "empty");
  }
}
