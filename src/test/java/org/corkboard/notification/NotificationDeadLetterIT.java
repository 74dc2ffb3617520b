package org.corkboard.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.concurrent.ThreadLocalRandom;
import org.corkboard.testing.Deployments;
import org.corkboard.testing.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification queue's dead letters are read and each is reported at ERROR with its id, so a
 * notification whose e-mail the queue gave up on is noticed. (How a request gets there, after its
 * attempts, {@code MailDeliveryIT} shows for the mail queue, which has the same settings.)
 */
@ExtendWith(ArquillianExtension.class)
class NotificationDeadLetterIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.withTests(NotificationDeadLetterIT.class);
  }

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.notification.DLQ")
  Queue deadLetters;

  @Test
  void aDeadLetterOfTheNotificationQueueIsReportedWithItsId() throws Exception {
    ServerLog log = ServerLog.fromNow();
    long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);

    jms.createProducer().send(deadLetters, id);

    assertThat(log.await("Gave up on corkboard.notification " + id + " "))
        .contains("ERROR")
        .contains("corkboard.notification.DLQ")
        .contains("not known to this server");
  }
}
