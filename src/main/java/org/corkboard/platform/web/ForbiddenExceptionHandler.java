package org.corkboard.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.corkboard.platform.Forbidden;

/**
 * Answers a refusal from a service ({@link Forbidden}, or the container's {@link
 * EJBAccessException}) with the 403 page, however deep Faces wrapped it. Other exceptions go on to
 * the default handling and the 500 page.
 */
public class ForbiddenExceptionHandler extends ExceptionHandlerWrapper {

  public ForbiddenExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable exception = events.next().getContext().getException();
      if (isRefusal(exception) && !context.getExternalContext().isResponseCommitted()) {
        events.remove();
        try {
          context.getExternalContext().responseSendError(403, "Forbidden");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        context.responseComplete();
      }
    }
    getWrapped().handle();
  }

  private static boolean isRefusal(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof Forbidden || cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ForbiddenExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
