package org.corkboard.deadletter.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A message a queue gave up on after its delivery attempts: where it came from, what it carried
 * (its body and its own properties, enough to send it again), a short summary that is safe to show
 * (never a mail's text or a token) and the reason of its last failure. It is written once, by the
 * dead-letter queue's consumer, and removed when an administrator sends it back or discards it.
 */
@Entity
@Cacheable(false)
@Table(name = "dead_letter")
public class DeadLetter {

  static final int MAX_SUMMARY = 300;
  static final int MAX_REASON = 500;
  static final int MAX_BODY = 100_000;

  /** What the body is, so that it is sent again as it came. */
  public enum BodyType {
    /** An id: most queues carry the id of what they act on. */
    NUMBER,
    TEXT,
    /** Anything else: kept to be read, but it cannot be sent again. */
    OTHER
  }

  @Id
  @SequenceGenerator(
      name = "dead_letter_seq",
      sequenceName = "dead_letter_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dead_letter_seq")
  private Long id;

  @Column(updatable = false)
  private String queueName;

  @Column(updatable = false)
  private Instant givenUpAt;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private BodyType bodyType;

  @Column(updatable = false)
  private String body;

  @Column(updatable = false)
  private String properties;

  @Column(updatable = false)
  private String summary;

  @Column(updatable = false)
  private String reason;

  protected DeadLetter() {}

  /** Over-long summaries and reasons are shortened: keeping the message must never fail. */
  public DeadLetter(
      String queueName,
      Object body,
      Map<String, Object> properties,
      String summary,
      String reason,
      Instant givenUpAt) {
    this.queueName = Objects.requireNonNull(queueName);
    String text = String.valueOf(Objects.requireNonNull(body));
    String encoded = MessageProperties.encode(properties);
    boolean whole = text.length() <= MAX_BODY && encoded.length() <= MAX_BODY;
    this.bodyType = whole ? typeOf(body) : BodyType.OTHER;
    this.body = shortened(text, MAX_BODY);
    this.properties = shortened(encoded, MAX_BODY);
    this.summary = shortened(Objects.requireNonNull(summary), MAX_SUMMARY);
    this.reason = shortened(Objects.requireNonNull(reason), MAX_REASON);
    this.givenUpAt = Objects.requireNonNull(givenUpAt);
  }

  private static BodyType typeOf(Object body) {
    if (body instanceof Long) {
      return BodyType.NUMBER;
    }
    return body instanceof String ? BodyType.TEXT : BodyType.OTHER;
  }

  static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Whether the message can be sent again just as it came. */
  public boolean canBeSentAgain() {
    return bodyType != BodyType.OTHER;
  }

  /** The body as it was sent: a Long for an id, a String for text. */
  public Object sendableBody() {
    if (!canBeSentAgain()) {
      throw new IllegalStateException("Dead letter " + id + " cannot be sent again");
    }
    return bodyType == BodyType.NUMBER ? Long.valueOf(body) : body;
  }

  /** The message's own properties, to be set again on the message sent back. */
  public Map<String, Object> sendableProperties() {
    return MessageProperties.decode(properties);
  }

  public Long getId() {
    return id;
  }

  public String getQueueName() {
    return queueName;
  }

  public Instant getGivenUpAt() {
    return givenUpAt;
  }

  public BodyType getBodyType() {
    return bodyType;
  }

  public String getBody() {
    return body;
  }

  public String getSummary() {
    return summary;
  }

  public String getReason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeadLetter letter && id != null && id.equals(letter.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
