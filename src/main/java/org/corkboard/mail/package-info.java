/**
 * Outgoing e-mail. Every mail is stored with its own Message-ID and announced on the {@code
 * corkboard.mail} JMS queue in the sender's transaction; a message-driven bean sends it, exactly
 * once as far as SMTP allows (see {@link org.corkboard.mail.boundary.MailDelivery}), and forgets
 * it. A mail the queue gives up on stays stored and is logged with the reason of its last attempt;
 * its message is kept as a dead letter, for an administrator to retry or discard.
 */
package org.corkboard.mail;
