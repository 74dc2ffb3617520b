package org.corkboard.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Lets a page be answered whatever content security policy nonce its form sent back. PrimeFaces'
 * script adds the page's nonce to every form it posts, and on a post-back PrimeFaces takes the
 * nonce of the new response from there (or from the view, which must then match); without that
 * field, as from a browser without JavaScript, or with a damaged one, it fails the response with a
 * {@code CspException}, error pages included. So the request parameter PrimeFaces reads is made one
 * it accepts: the view's own nonce if it has one, the one sent if it is well formed, else a fresh
 * random one. A nonce is never taken from the request in a form PrimeFaces would refuse.
 */
public class CspNonceFallback extends ExternalContextWrapper {

  static final String NONCE = "primefaces.nonce";

  private Map<String, String> parameters;

  CspNonceFallback(ExternalContext wrapped) {
    super(wrapped);
  }

  @Override
  public Map<String, String> getRequestParameterMap() {
    if (parameters == null) {
      parameters = new WithNonce(getWrapped().getRequestParameterMap(), CspNonceFallback::ofView);
    }
    return parameters;
  }

  /** Whether PrimeFaces accepts the value as a nonce: Base64 of a UUID in text. */
  static boolean wellFormed(String nonce) {
    if (nonce == null) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** The nonce the current view was first rendered with, if it keeps one. */
  private static String ofView() {
    UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
    Map<String, Object> state = view == null ? null : view.getViewMap(false);
    return state == null ? null : (String) state.get(NONCE);
  }

  static String fresh() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The request's parameters, with the nonce PrimeFaces will accept. */
  static final class WithNonce extends AbstractMap<String, String> {

    private final Map<String, String> sent;
    private final Supplier<String> ofView;
    private String fresh;

    WithNonce(Map<String, String> sent, Supplier<String> ofView) {
      this.sent = sent;
      this.ofView = ofView;
    }

    @Override
    public String get(Object name) {
      return NONCE.equals(name) ? nonce() : sent.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return NONCE.equals(name) || sent.containsKey(name);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return sent.entrySet();
    }

    private String nonce() {
      String view = ofView.get();
      if (view != null) {
        return view;
      }
      String given = sent.get(NONCE);
      if (wellFormed(given)) {
        return given;
      }
      if (fresh == null) {
        fresh = fresh();
      }
      return fresh;
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExternalContextFactory {

    public Factory(ExternalContextFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response)
        throws FacesException {
      return new CspNonceFallback(getWrapped().getExternalContext(context, request, response));
    }
  }
}
