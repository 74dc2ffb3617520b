package org.corkboard.platform.web;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
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
    return anyInChain(
        exception,
        cause ->
            cause instanceof SQLException sql && isUnreachable(sql.getSQLState())
                || cause instanceof ResourceException);
  }

  private static boolean involvesDatabase(Throwable exception) {
    return anyInChain(
        exception, cause -> cause instanceof SQLException || cause instanceof PersistenceException);
  }

  /**
   * Whether the exception or any it holds matches: its causes, and the exceptions suppressed on the
   * way (the transaction manager keeps a failed commit's reason there).
   */
  private static boolean anyInChain(Throwable exception, Predicate<Throwable> test) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> open = new ArrayDeque<>(List.of(exception));
    while (!open.isEmpty() && seen.size() < 100) {
      Throwable cause = open.pop();
      if (!seen.add(cause)) {
        continue;
      }
      if (test.test(cause)) {
        return true;
      }
      Throwable next = next(cause);
      if (next != null) {
        open.push(next);
      }
      open.addAll(List.of(cause.getSuppressed()));
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
        && eclipseLink.getInternalException() != null) {
      return eclipseLink.getInternalException();
    }
    return cause.getCause();
  }
}
