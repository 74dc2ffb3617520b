package org.corkboard.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while the JMS broker accepts a connection and lets the mail queue be browsed: every e-mail,
 * alert and index update travels through it.
 */
@Readiness
@ApplicationScoped
public class MessagingCheck implements HealthCheck {

  static final String NAME = "jms-broker";

  @Resource(lookup = "java:/ConnectionFactory")
  ConnectionFactory connections;

  @Resource(lookup = "java:/jms/queue/corkboard.mail")
  Queue mailQueue;

  @Override
  public HealthCheckResponse call() {
    try (JMSContext context = connections.createContext();
        QueueBrowser browser = context.createBrowser(mailQueue)) {
      browser.getEnumeration();
      return HealthCheckResponse.named(NAME).up().build();
    } catch (JMSException | RuntimeException e) {
      return HealthCheckResponse.named(NAME).down().withData("error", e.toString()).build();
    }
  }
}
