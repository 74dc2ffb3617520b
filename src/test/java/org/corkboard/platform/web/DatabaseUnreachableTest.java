package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnreachableTest {

  @Test
  void aRefusedConnectionDeepInsideAPageFailureIsAnOutage() {
    var refused = new PSQLException("Connection refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
    var page =
        new ServletException(
            new FacesException(
                new EJBException(
                    new PersistenceException(DatabaseException.sqlException(refused)))));

    assertThat(DatabaseUnreachable.causedBy(page)).isTrue();
  }

  @Test
  void aDatabaseShuttingDownOrAConnectionCutIsAnOutage() {
    assertThat(DatabaseUnreachable.causedBy(new SQLException("terminating connection", "57P01")))
        .isTrue();
    assertThat(DatabaseUnreachable.causedBy(new SQLException("the system is starting", "57P03")))
        .isTrue();
    assertThat(
            DatabaseUnreachable.causedBy(
                new PSQLException("I/O error", PSQLState.CONNECTION_FAILURE)))
        .isTrue();
  }

  @Test
  void aPoolThatCannotGiveAConnectionIsAnOutage() {
    var pool =
        new SQLException(
            "IJ031084: Unable to create connection",
            new ResourceException("IJ000453: Unable to get managed connection"));

    assertThat(DatabaseUnreachable.causedBy(new EJBException(pool))).isTrue();
  }

  @Test
  void aCommitThatFailedOnACutConnectionIsAnOutage() {
    var commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
    commit.addSuppressed(
        new ResourceException(
            "SQLException",
            new SQLException("terminating connection due to administrator command", "57P01")));

    assertThat(DatabaseUnreachable.causedBy(new ServletException(new EJBException(commit))))
        .isTrue();
  }

  @Test
  void aWrongStatementOrAConstraintIsNoOutage() {
    assertThat(DatabaseUnreachable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(
            DatabaseUnreachable.causedBy(
                new PersistenceException(
                    DatabaseException.sqlException(new SQLException("duplicate key", "23505")))))
        .isFalse();
    assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("no cause"))).isFalse();
    assertThat(DatabaseUnreachable.causedBy(new SQLException("no state"))).isFalse();
  }
}
