package org.corkboard.deadletter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.deadletter.control.DeadLetterRepository;
import org.corkboard.deadletter.control.QueueDepths;
import org.corkboard.deadletter.control.Resender;
import org.corkboard.deadletter.control.WatchedQueues;
import org.corkboard.deadletter.entity.DeadLetter;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;

/**
 * What administrators see of the mail and notification queues, and what they do with the messages
 * the queues gave up on: send them back to their queue, or discard them. One call is one
 * transaction: a message sent back leaves the table exactly when it is on its queue again (the JMS
 * send joins the transaction), and each message's audit entry commits with it.
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class MailQueues {

  public static final String RETRIED = "dead-letter.retry";
  public static final String DISCARDED = "dead-letter.discard";

  /** The most messages one action takes: a page of the table at most. */
  public static final int MAX_AT_ONCE = 100;

  @Inject DeadLetterRepository deadLetters;
  @Inject QueueDepths depths;
  @Inject Resender resender;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;

  /** The watched queues' depths, with their dead letters kept. */
  public List<QueueState> queues() {
    Map<String, Long> kept = deadLetters.countByQueue();
    return WatchedQueues.LABELS.entrySet().stream()
        .map(
            queue -> {
              Optional<QueueDepths.Depth> depth = depths.of(queue.getKey());
              return new QueueState(
                  queue.getKey(),
                  queue.getValue(),
                  depth.map(QueueDepths.Depth::waiting).orElse(null),
                  depth.map(QueueDepths.Depth::delayed).orElse(null),
                  kept.getOrDefault(queue.getKey(), 0L));
            })
        .toList();
  }

  /** The mails stored and not sent yet. */
  public long mailsWaiting() {
    return deadLetters.mailsWaiting();
  }

  public List<DeadLetterRow> deadLetters(int first, int size) {
    return deadLetters.newestFirst(Math.max(0, first), Math.max(1, Math.min(size, 200))).stream()
        .map(DeadLetterRow::of)
        .toList();
  }

  public long countDeadLetters() {
    return deadLetters.count();
  }

  /** Sends the messages back to their queues; returns how many were still kept to send. */
  public int retry(@NotNull Collection<Long> ids) {
    return act(ids, RETRIED, resender::sendBack);
  }

  /** Drops the messages for good; returns how many were still kept to drop. */
  public int discard(@NotNull Collection<Long> ids) {
    return act(ids, DISCARDED, letter -> {});
  }

  private int act(Collection<Long> ids, String action, Consumer<DeadLetter> beforeRemoval) {
    if (ids.isEmpty()) {
      throw new Refused("Choose the messages first.");
    }
    if (ids.size() > MAX_AT_ONCE) {
      throw new Refused("Choose at most " + MAX_AT_ONCE + " messages at once.");
    }
    List<DeadLetter> letters = deadLetters.lock(ids);
    if (letters.isEmpty()) {
      throw new Refused("These messages were sent again or discarded meanwhile.");
    }
    Account me = current.account();
    Actor actor = new Actor(me.getId(), me.getUsername());
    for (DeadLetter letter : letters) {
      beforeRemoval.accept(letter);
      deadLetters.remove(letter);
      auditLog.record(actor, auditEvent(action, letter));
    }
    return letters.size();
  }

  private static AuditEvent auditEvent(String action, DeadLetter letter) {
    String kept =
        letter.getQueueName()
            + ": "
            + letter.getSummary()
            + " (last failure: "
            + letter.getReason()
            + ")";
    String after = action.equals(RETRIED) ? "sent back to " + letter.getQueueName() : null;
    return AuditEvent.of(action, "dead-letter", letter.getId()).change(kept, after);
  }
}
