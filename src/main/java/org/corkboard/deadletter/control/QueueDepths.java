package org.corkboard.deadletter.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * How many messages wait on a queue, read from the broker's own management beans (the messaging
 * server's {@code jmx-management-enabled}, set in wildfly-config/20-messaging.cli). A JMS queue
 * browser would not do: it sees neither the messages whose delivery is delayed (a notification
 * waiting to be mailed, a mail waiting to be tried again) nor those being delivered.
 */
@ApplicationScoped
public class QueueDepths {

  private static final System.Logger LOG = System.getLogger(QueueDepths.class.getName());
  private static final String QUEUES = "org.apache.activemq.artemis:subcomponent=queues,*";

  /** The messages on the queue, and how many of them wait for a delayed delivery. */
  public record Depth(long waiting, long delayed) {}

  /** The queue's depth, or empty if the broker does not tell. */
  public Optional<Depth> of(String queue) {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      for (ObjectName name : server.queryNames(new ObjectName(QUEUES), null)) {
        if (isQueue(name, queue)) {
          return Optional.of(
              new Depth(
                  count(server.getAttribute(name, "MessageCount")),
                  count(server.getAttribute(name, "ScheduledCount"))));
        }
      }
      LOG.log(Level.WARNING, "The broker has no management bean of queue {0}", queue);
    } catch (JMException e) {
      LOG.log(Level.WARNING, "Cannot read the depth of queue " + queue, e);
    }
    return Optional.empty();
  }

  /** A JMS queue's core queue is named jms.queue.{name} in WildFly; the key may be quoted. */
  private static boolean isQueue(ObjectName name, String queue) {
    String key = name.getKeyProperty("queue");
    if (key == null) {
      return false;
    }
    String unquoted = key.startsWith("\"") ? ObjectName.unquote(key) : key;
    return unquoted.equals("jms.queue." + queue) || unquoted.equals(queue);
  }

  private static long count(Object value) {
    return ((Number) value).longValue();
  }
}
