package org.corkboard.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.corkboard.platform.Forbidden;

/**
 * Answers what is wrong with a request, rather than with the server, with a 4xx page instead of the
 * 500 page, however deep Faces wrapped the exception: a refusal from a service ({@link Forbidden},
 * or the container's {@link EJBAccessException}) with the 403 page, and a form whose page is gone
 * (open too long, or its view state forged) with the "open too long" page and 400 (an Ajax request
 * is redirected to it); a change that met another change of the same thing at the same moment (an
 * optimistic lock conflict: nothing of it was kept) with the 409 page; a database that cannot be
 * reached with the 503 page (an Ajax request too, whose default answer would name the exception).
 * Other exceptions go on to the default handling and the 500 page.
 */
public class ClientErrorExceptionHandler extends ExceptionHandlerWrapper {

  private static final String EXPIRED_PAGE = "/error/expired.xhtml";

  public ClientErrorExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable exception = events.next().getContext().getException();
      if (context.getExternalContext().isResponseCommitted()) {
        continue;
      }
      if (causedBy(exception, Forbidden.class) || causedBy(exception, EJBAccessException.class)) {
        events.remove();
        sendError(context, 403);
      } else if (DatabaseUnreachable.explains(exception)) {
        events.remove();
        context
            .getExternalContext()
            .setResponseHeader("Retry-After", DatabaseOutageFilter.RETRY_AFTER);
        sendError(context, 503);
      } else if (isConflict(exception)) {
        events.remove();
        sendError(context, 409);
      } else if (causedBy(exception, ViewExpiredException.class)) {
        events.remove();
        if (context.getPartialViewContext().isAjaxRequest()) {
          redirectToExpiredPage(context);
        } else {
          renderExpiredPage(context);
        }
      }
    }
    getWrapped().handle();
  }

  private static void sendError(FacesContext context, int status) {
    try {
      context.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * Renders the page in place of the one that is gone, since the container's error pages can only
   * answer an exception with 500.
   */
  private static void renderExpiredPage(FacesContext context) {
    context.getExternalContext().setResponseStatus(400);
    context.setViewRoot(
        context.getApplication().getViewHandler().createView(context, EXPIRED_PAGE));
    context.renderResponse();
  }

  /**
   * Sends an Ajax request's page to the same explanation: an Ajax response is not shown as a page,
   * and Faces' own error answer to it would name the exception.
   */
  private static void redirectToExpiredPage(FacesContext context) {
    try {
      context
          .getExternalContext()
          .redirect(context.getExternalContext().getRequestContextPath() + EXPIRED_PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  /**
   * The Jakarta Persistence exception, or the provider's own of the same name, which comes out of
   * the flush when the transaction commits.
   */
  private static boolean isConflict(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException
          || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
    }
    return false;
  }

  private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
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
      return new ClientErrorExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
