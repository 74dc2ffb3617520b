package org.corkboard.wordlist.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.account.entity.Account;
import org.corkboard.account.entity.Role;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.Actor;
import org.corkboard.audit.entity.AuditEvent;
import org.corkboard.platform.ActiveAccountsOnly;
import org.corkboard.platform.Refused;
import org.corkboard.wordlist.control.ListedWords;
import org.corkboard.wordlist.entity.ListedWord;
import org.corkboard.wordlist.entity.WordKind;
import org.corkboard.wordlist.entity.WordListChanged;
import org.corkboard.wordlist.entity.WordRule;

/**
 * Administrators keep the word list: add a word or a pattern with a note, remove one. Each change
 * is recorded in the audit log ({@code word.add}, {@code word.remove}) in its transaction, and
 * applies to listings posted or edited on this node at once, on the others within half a minute
 * ({@link Screening}).
 */
@Stateless
@ActiveAccountsOnly
@RolesAllowed(Role.ADMIN_NAME)
public class WordList {

  public static final String WORD_ADDED = "word.add";
  public static final String WORD_REMOVED = "word.remove";

  @Inject ListedWords words;
  @Inject CurrentAccount current;
  @Inject AuditLog auditLog;
  @Inject Event<WordListChanged> changed;
  @Inject Clock clock;

  public List<WordEntry> all() {
    return words.all().stream().map(WordEntry::of).toList();
  }

  /** Adds the entry, checked; returns its id. */
  public long add(@NotNull WordKind kind, String text, String note) {
    WordRule rule = WordRule.of(kind, text);
    if (words.has(kind, rule.text())) {
      throw new Refused("text", "“" + rule.text() + "” is on the list already.");
    }
    Account me = current.account();
    ListedWord word = words.store(new ListedWord(rule, note, me.getUsername(), clock.instant()));
    record(me, AuditEvent.of(WORD_ADDED, "word", word.getId()).change(null, word.describe()), word);
    return word.getId();
  }

  public void remove(long id) {
    ListedWord word =
        words.findForUpdate(id).orElseThrow(() -> new Refused("This entry was removed already."));
    words.remove(word);
    record(
        current.account(),
        AuditEvent.of(WORD_REMOVED, "word", word.getId()).change(word.describe(), null),
        word);
  }

  private void record(Account me, AuditEvent event, ListedWord word) {
    auditLog.record(new Actor(me.getId(), me.getUsername()), event.because(word.getNote()));
    changed.fire(new WordListChanged());
  }
}
