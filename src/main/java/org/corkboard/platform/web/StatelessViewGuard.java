package org.corkboard.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import org.corkboard.platform.Forbidden;

/**
 * Refuses a post-back that claims to come from a stateless view but is sent to a page that keeps
 * state. Mojarra rebuilds that page, finds it is not stateless and fails; the sender gets the 403
 * page of a refused form instead of a 500. (Without the session's form token, {@link
 * ForgedRequestFilter} has refused it already.) Registered in faces-config.xml.
 */
public class StatelessViewGuard extends ViewHandlerWrapper {

  public StatelessViewGuard(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    try {
      return super.restoreView(context, viewId);
    } catch (FacesException failure) {
      UIViewRoot built = context.getViewRoot();
      if (built == null || built.isTransient() || !claimsStateless(context)) {
        throw failure;
      }
      context.getExternalContext().getRequestMap().put(ForgedRequestFilter.REFUSED, Boolean.TRUE);
      throw new Forbidden("A stateless post-back to the stateful view " + viewId);
    }
  }

  private static boolean claimsStateless(FacesContext context) {
    return ForgedRequestFilter.STATELESS.equals(
        context
            .getExternalContext()
            .getRequestParameterMap()
            .get(ResponseStateManager.VIEW_STATE_PARAM));
  }
}
