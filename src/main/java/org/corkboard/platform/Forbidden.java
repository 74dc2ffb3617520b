package org.corkboard.platform;

import jakarta.ejb.ApplicationException;

/** The caller may not do this. Shown as the 403 page; the transaction is rolled back. */
@ApplicationException(rollback = true)
public class Forbidden extends RuntimeException {

  public Forbidden(String message) {
    super(message);
  }
}
