package org.corkboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.corkboard.account.entity.Account;
import org.corkboard.listing.entity.Listing;
import org.corkboard.messaging.control.MessagingRules;
import org.corkboard.messaging.entity.Conversation;
import org.corkboard.messaging.entity.Message;
import org.junit.jupiter.api.Test;

/**
 * The rules of a conversation: unread counts, read marks, archiving, excerpts, the text's limits.
 */
class ConversationTest {

  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

  private final Account seller = withId(account("seller"), Account.class, 1L);
  private final Account buyer = withId(account("buyer"), Account.class, 2L);
  private final Conversation conversation = new Conversation(new Listing(seller, NOW), buyer, NOW);
  private long nextMessageId = 10;

  @Test
  void eachSideCountsWhatItHasNotReadAndReadingClearsIt() {
    send(buyer, "Hello");
    send(buyer, "Still there?");
    assertThat(conversation.unreadFor(seller)).isEqualTo(2);
    assertThat(conversation.unreadFor(buyer)).isZero();

    assertThat(conversation.readBy(seller, 11)).isTrue();
    assertThat(conversation.unreadFor(seller)).isZero();
    assertThat(conversation.readUptoOf(seller)).isEqualTo(11);
    assertThat(conversation.readBy(seller, 11)).as("nothing new").isFalse();

    send(seller, "Yes");
    assertThat(conversation.unreadFor(buyer)).isEqualTo(1);
    assertThat(conversation.readUptoOf(seller)).as("one's own message is read").isEqualTo(12);
  }

  @Test
  void aNewMessageBringsAnArchivedConversationBackForBoth() {
    conversation.archive(seller, true);
    conversation.archive(buyer, true);
    assertThat(conversation.isArchivedBy(seller)).isTrue();
    send(buyer, "One more question");
    assertThat(conversation.isArchivedBy(seller)).isFalse();
    assertThat(conversation.isArchivedBy(buyer)).isFalse();
  }

  @Test
  void theExcerptIsTheLastMessageOnOneShortLine() {
    send(buyer, "  Line one\n\nline   two  ");
    assertThat(conversation.getLastExcerpt()).isEqualTo("Line one line two");
    send(seller, "word ".repeat(100));
    assertThat(conversation.getLastExcerpt()).hasSizeLessThanOrEqualTo(160).endsWith("word…");
  }

  @Test
  void aMessageIsNeitherEmptyNorLongerThanTheLimit() {
    assertThat(MessagingRules.problemWith(null)).contains("Write a message first.");
    assertThat(MessagingRules.problemWith(" \n\t ")).contains("Write a message first.");
    assertThat(MessagingRules.problemWith("x".repeat(4000))).isEmpty();
    assertThat(MessagingRules.problemWith(" " + "x".repeat(4000) + "\n")).as("trimmed").isEmpty();
    assertThat(MessagingRules.problemWith("x".repeat(4001)))
        .contains("Keep it to 4000 characters; this one has 4001.");
    assertThat(MessagingRules.problemWith("😀".repeat(4000))).as("characters, not chars").isEmpty();
  }

  private void send(Account sender, String text) {
    Message message =
        withId(new Message(conversation, sender, text, NOW), Message.class, nextMessageId++);
    conversation.added(message);
  }

  private static Account account(String name) {
    return new Account(name, name + "@test.example", name, "hash", NOW);
  }

  /** Sets the id as the database would: entities are equal by id only. */
  private static <T> T withId(T entity, Class<T> type, long id) {
    try {
      Field field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return entity;
  }
}
