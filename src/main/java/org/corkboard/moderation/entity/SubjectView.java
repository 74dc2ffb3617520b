package org.corkboard.moderation.entity;

import java.io.Serializable;

/**
 * A reported subject as its owner sees it, for the queue: a listing's title, the start of its text
 * and its cover picture; a person's name and what they say about themselves; a message's text.
 * {@code state} says where it stands now ("Hidden", "Removed", "Suspended"), if anywhere special.
 */
public record SubjectView(
    SubjectKind kind,
    long id,
    String title,
    String excerpt,
    Long pictureId,
    String link,
    String ownerName,
    String ownerUsername,
    String state)
    implements Serializable {

  static final int EXCERPT = 300;

  /** A subject deleted since it was reported. */
  public static SubjectView gone(SubjectKind kind, long id) {
    return new SubjectView(kind, id, "(deleted)", "", null, null, "", "", "Deleted");
  }

  /** The text cut to the length the queue shows. */
  public static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).strip() + "…";
  }
}
