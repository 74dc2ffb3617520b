package org.corkboard.messaging.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.event.WebsocketEvent;
import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Who has a page open on this node: the number of open live sockets per account id. Only this
 * node's sockets are known here; other nodes fall back on the stored last activity (see {@link
 * org.corkboard.messaging.boundary.Presence}).
 */
@ApplicationScoped
public class OpenSockets {

  private final ConcurrentMap<Serializable, Integer> open = new ConcurrentHashMap<>();

  void opened(@Observes @WebsocketEvent.Opened WebsocketEvent event) {
    if (event.getUser() != null) {
      open.merge(event.getUser(), 1, Integer::sum);
    }
  }

  void closed(@Observes @WebsocketEvent.Closed WebsocketEvent event) {
    if (event.getUser() != null) {
      open.computeIfPresent(event.getUser(), (user, count) -> count > 1 ? count - 1 : null);
    }
  }

  public boolean isOpen(long accountId) {
    return open.containsKey(accountId);
  }
}
