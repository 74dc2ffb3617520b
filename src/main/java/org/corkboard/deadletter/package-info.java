/**
 * Dead letters: every message a queue gives up on after its delivery attempts is kept, in the
 * transaction of its dead-letter queue's consumer, with its body, its own properties, a safe
 * summary and the reason of its last failure. Administrators see them beside the depths of the mail
 * and notification queues ({@code /admin/mail/}) and send them back to their queue or discard them,
 * each action audited.
 */
package org.corkboard.deadletter;
