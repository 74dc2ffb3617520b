package org.corkboard.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Maps an attribute such as {@code postalCode} to the column {@code postal_code}, the naming the
 * SQL migrations use, so that entities need no {@code @Column} for it. Explicit names are kept.
 */
public class SnakeCaseColumns implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    for (ClassDescriptor descriptor : session.getDescriptors().values()) {
      for (DatabaseMapping mapping : descriptor.getMappings()) {
        var field = mapping.getField();
        if (mapping.isDirectToFieldMapping()
            && field != null
            && field.getName().equalsIgnoreCase(mapping.getAttributeName())) {
          field.setName(snakeCase(mapping.getAttributeName()));
        }
      }
    }
  }

  static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }
}
