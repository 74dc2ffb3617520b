/**
 * Outgoing e-mail. Every mail is stored and announced on the {@code corkboard.mail} JMS queue in
 * the sender's transaction; a message-driven bean sends it and forgets it.
 */
package org.corkboard.mail;
