package org.corkboard.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Announces a stored mail on the mail queue. The JMS context comes from java:/JmsXA, which enlists
 * in the caller's transaction: a rolled-back change sends nothing.
 */
@ApplicationScoped
public class MailQueue {

  @Inject
  @JMSConnectionFactory("java:/JmsXA")
  JMSContext jms;

  @Resource(lookup = "java:/jms/queue/corkboard.mail")
  Queue queue;

  public void announce(long mailId) {
    jms.createProducer().send(queue, mailId);
  }
}
