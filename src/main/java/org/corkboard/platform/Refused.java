package org.corkboard.platform;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a rule the user can fix, with a message for them (e.g. "That username is
 * taken."). The transaction is rolled back, so nothing of the request is kept. {@code field} names
 * the input at fault, if there is one.
 */
@ApplicationException(rollback = true)
public class Refused extends RuntimeException {

  private final String field;

  public Refused(String field, String message) {
    super(message);
    this.field = field;
  }

  public Refused(String message) {
    this(null, message);
  }

  public String field() {
    return field;
  }
}
