package org.corkboard.deadletter.boundary;

import java.io.Serializable;

/**
 * A watched queue: what it carries, the messages waiting on it and how many of them are delayed
 * (null when the broker does not tell), and its dead letters kept.
 */
public record QueueState(String queue, String label, Long waiting, Long delayed, long deadLetters)
    implements Serializable {}
