package org.corkboard.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Set;
import org.corkboard.platform.Refused;
import org.corkboard.platform.TooLarge;

/**
 * Runs a page's call to a service and turns what the service refuses into messages beside the
 * fields at fault. Forms use {@code prependId="false"} and name their inputs after the service's
 * parameters and record components, so a message finds its field by name.
 */
public final class Actions {

  private Actions() {}

  /** True if the service accepted the request; otherwise its reasons are shown on the page. */
  public static boolean succeeded(Runnable serviceCall) {
    try {
      serviceCall.run();
      return true;
    } catch (Refused refused) {
      error(refused.field(), refused.getMessage());
      statusFor(refused);
    } catch (ConstraintViolationException invalid) {
      showViolations(invalid);
    } catch (EJBException failure) {
      if (!(failure.getCause() instanceof ConstraintViolationException invalid)) {
        throw failure;
      }
      showViolations(invalid);
    }
    FacesContext.getCurrentInstance().validationFailed();
    return false;
  }

  /**
   * A file over its limit answers 413 as well. Not to Ajax requests: PrimeFaces applies an Ajax
   * response (and so shows the message) only when it answers 2xx.
   */
  private static void statusFor(Refused refused) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (refused instanceof TooLarge && !context.getPartialViewContext().isAjaxRequest()) {
      context.getExternalContext().setResponseStatus(413);
    }
  }

  private static void showViolations(ConstraintViolationException invalid) {
    for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
      error(fieldOf(violation.getPropertyPath()), violation.getMessage());
    }
  }

  private static String fieldOf(Path path) {
    String field = null;
    for (Path.Node node : path) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
          || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        field = node.getName();
      }
    }
    return field;
  }

  /**
   * A message beside the input named {@code field}, or at the top of the page when the page has no
   * such input (so that no message is ever lost).
   */
  public static void error(String field, String message) {
    FacesContext context = FacesContext.getCurrentInstance();
    String clientId = field != null && onPage(context, field) ? field : null;
    context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /**
   * True if a component's client id is {@code field}. Not findComponent: it does not look into the
   * forms, whose ids the inputs do not carry ({@code prependId="false"}).
   */
  private static boolean onPage(FacesContext context, String field) {
    boolean[] found = new boolean[1];
    context
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(
                context, Set.of(field), Set.of(VisitHint.SKIP_ITERATION)),
            (visit, component) -> {
              found[0] = true;
              return VisitResult.COMPLETE;
            });
    return found[0];
  }

  /** A confirmation that survives the redirect after a successful POST. */
  public static void confirm(String message) {
    Notices.keep(new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
