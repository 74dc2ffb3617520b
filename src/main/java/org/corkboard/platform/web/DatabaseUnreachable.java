package org.corkboard.platform.web;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.corkboard.platform.Database;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells a failure to reach the database (it is down, restarting, or every connection of the pool is
 * taken) from a failure of the request itself: only the first is answered "try again in a minute"
 * (503), as it passes by itself, while a wrong statement stays a 500 to be fixed.
 */
final class DatabaseUnreachable {

  /**
   * SQL states of a lost or refused connection: class 08 (connection exception) and PostgreSQL's
   * shutting down, crashed and starting up.
   */
  private static final Set<String> UNREACHABLE_STATES = Set.of("57P01", "57P02", "57P03");

  private DatabaseUnreachable() {}

  /**
   * Whether the failure is explained by a database that cannot be reached: its cause says so, or it
   * failed in the database (the pool often reports only that the transaction cannot go on, the
   * refused connection being an earlier exception) and a connection cannot be had right now.
   */
  static boolean explains(Throwable exception) {
    return causedBy(exception) || (involvesDatabase(exception) && !reachable());
  }

  /** Whether the exception, however deeply wrapped, came from a database that cannot be reached. */
  static boolean causedBy(Throwable exception) {
    int depth = 0;
    for (Throwable cause = exception; cause != null && depth < 64; depth++) {
      if (cause instanceof SQLException sql && isUnreachable(sql.getSQLState())
          || cause instanceof ResourceException) {
        return true;
      }
      cause = next(cause);
    }
    return false;
  }

  private static boolean involvesDatabase(Throwable exception) {
    int depth = 0;
    for (Throwable cause = exception; cause != null && depth < 64; depth++) {
      if (cause instanceof SQLException || cause instanceof PersistenceException) {
        return true;
      }
      cause = next(cause);
    }
    return false;
  }

  private static boolean reachable() {
    try (Connection connection = Database.dataSource().getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isUnreachable(String state) {
    return state != null && (state.startsWith("08") || UNREACHABLE_STATES.contains(state));
  }

  /** EclipseLink keeps the JDBC exception as its "internal exception", not always as the cause. */
  private static Throwable next(Throwable cause) {
    if (cause instanceof EclipseLinkException eclipseLink
        && eclipseLink.getInternalException() != null
        && eclipseLink.getInternalException() != cause) {
      return eclipseLink.getInternalException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
