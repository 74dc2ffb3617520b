package org.corkboard.platform;

/**
 * A refusal because something sent is larger than allowed (a file over its size limit). Pages show
 * its message like any other refusal and answer 413.
 */
public class TooLarge extends Refused {

  public TooLarge(String field, String message) {
    super(field, message);
  }
}
