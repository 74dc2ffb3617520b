package org.corkboard.wordlist.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.corkboard.platform.web.Actions;
import org.corkboard.wordlist.boundary.WordEntry;
import org.corkboard.wordlist.boundary.WordList;
import org.corkboard.wordlist.entity.WordKind;

/** admin/words/index.xhtml: the word list, a form to add to it, and a remove button per entry. */
@Named
@ViewScoped
public class WordListView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject WordList wordList;

  private List<WordEntry> words;
  private WordKind kind = WordKind.WORD;
  private String text;
  private String note;

  public void load() {
    words = List.copyOf(wordList.all());
  }

  public void add() throws IOException {
    if (Actions.succeeded(() -> wordList.add(kind, text, note))) {
      done("“" + text.strip() + "” is on the word list.");
    }
  }

  public void remove(WordEntry word) throws IOException {
    if (Actions.succeeded(() -> wordList.remove(word.id()))) {
      done("“" + word.text() + "” is no longer on the word list.");
    }
  }

  private static void done(String confirmation) throws IOException {
    Actions.confirm(confirmation);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/words/");
  }

  public String day(Instant instant) {
    return DAY.format(instant);
  }

  public List<WordEntry> getWords() {
    return words;
  }

  public WordKind[] getKinds() {
    return WordKind.values();
  }

  public WordKind getKind() {
    return kind;
  }

  public void setKind(WordKind kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
