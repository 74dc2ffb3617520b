package org.corkboard.platform.cluster;

/**
 * A CDI event that every node of a cluster must hear, because each node keeps what the change puts
 * out of date (the category tree, the sites, the word list). Fired on one node, it is observed
 * there like any event; once its transaction has committed, {@link EveryNodeRelay} sends it over
 * the corkboard.every-node topic, and every other node fires it again, qualified {@link
 * FromAnotherNode}. An implementation is a record without components: the event says what changed,
 * and each node reads the new state from the database.
 */
public interface EveryNode {}
