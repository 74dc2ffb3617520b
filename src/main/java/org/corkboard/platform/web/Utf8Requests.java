package org.corkboard.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

/**
 * Every page is sent, and so every form comes back, in UTF-8 ({@link RequestEncodingFilter} refuses
 * a body declared in another charset). Faces would otherwise work a request's charset out from its
 * Content-Type or from the charset the session last rendered with, a value a request of the same
 * session can leave behind; one that Java does not know fails every page of the session, error
 * pages included, until another page replaces it. Registered in faces-config.xml.
 */
public class Utf8Requests extends ViewHandlerWrapper {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  public Utf8Requests(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void initView(FacesContext context) {
    try {
      context.getExternalContext().setRequestCharacterEncoding(UTF_8);
    } catch (UnsupportedEncodingException impossible) {
      throw new FacesException(impossible);
    }
  }

  @Override
  public String calculateCharacterEncoding(FacesContext context) {
    return UTF_8;
  }
}
