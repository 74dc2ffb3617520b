package org.corkboard.wordlist.entity;

/** An entry was added to or removed from the word list, inside the change's transaction. */
public record WordListChanged() {}
