package org.corkboard.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;

/**
 * A resource without a name (/jakarta.faces.resource/.xhtml) does not exist: Mojarra would fail on
 * the empty name with a StringIndexOutOfBoundsException (a 500); answered as not found (404).
 * Registered in faces-config.xml.
 */
public class NamedResourcesOnly extends ResourceHandlerWrapper {

  public NamedResourcesOnly(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return unnamed(resourceName) ? null : super.createResource(resourceName);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return unnamed(resourceName) ? null : super.createResource(resourceName, libraryName);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return unnamed(resourceName)
        ? null
        : super.createResource(resourceName, libraryName, contentType);
  }

  private static boolean unnamed(String resourceName) {
    return resourceName == null || resourceName.isEmpty();
  }
}
