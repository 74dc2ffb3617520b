package org.corkboard.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements that read one entity, sent on the calling thread while the count is
 * open: to prove that some work reads a thing once, not once per item or per caller. EclipseLink
 * gives each transaction begun afterwards the server session's listeners, so the count covers them.
 */
@Stateless
@PermitAll
public class SqlCounter {

  @PersistenceContext EntityManager em;

  public Count reading(Class<?> entity) {
    Server server = em.unwrap(JpaEntityManager.class).getServerSession();
    Count count = new Count(server, entity, Thread.currentThread());
    server.getEventManager().addListener(count);
    return count;
  }

  /** The statements counted so far; closing it stops counting. */
  public static final class Count extends SessionEventAdapter implements AutoCloseable {

    private final Session server;
    private final Class<?> entity;
    private final Thread thread;
    private final AtomicInteger statements = new AtomicInteger();

    Count(Session server, Class<?> entity, Thread thread) {
      this.server = server;
      this.entity = entity;
      this.thread = thread;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
      if (Thread.currentThread() == thread
          && event.getCall() instanceof DatabaseCall call
          && call.getQuery() != null
          && call.getQuery().getReferenceClass() == entity) {
        statements.incrementAndGet();
      }
    }

    public int statements() {
      return statements.get();
    }

    @Override
    public void close() {
      server.getEventManager().removeListener(this);
    }
  }
}
