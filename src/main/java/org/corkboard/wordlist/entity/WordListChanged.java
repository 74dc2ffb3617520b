package org.corkboard.wordlist.entity;

import org.corkboard.platform.cluster.EveryNode;

/**
 * An entry was added to or removed from the word list, inside the change's transaction; every node
 * hears of it.
 */
public record WordListChanged() implements EveryNode {}
