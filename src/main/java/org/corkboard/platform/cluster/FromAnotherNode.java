package org.corkboard.platform.cluster;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An {@link EveryNode} event fired again here after another node of the cluster fired it. */
@Qualifier
@Retention(RUNTIME)
@Target({FIELD, PARAMETER})
public @interface FromAnotherNode {

  final class Literal extends AnnotationLiteral<FromAnotherNode> implements FromAnotherNode {
    public static final Literal INSTANCE = new Literal();
    private static final long serialVersionUID = 1L;
  }
}
