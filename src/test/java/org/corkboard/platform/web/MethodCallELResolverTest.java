package org.corkboard.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class MethodCallELResolverTest {

  public record Card(long id, String title) {
    public String slug() {
      return title.toLowerCase().replace(' ', '-');
    }

    public String link(String base, int page) {
      return base + "/" + id + "?page=" + page;
    }

    public String label(int width) {
      return title.substring(0, width);
    }

    public String label(String suffix) {
      return title + suffix;
    }

    public String broken() {
      throw new IllegalStateException("no slug today");
    }
  }

  record Hidden(String title) {
    public String shout() {
      return title.toUpperCase();
    }
  }

  private final MethodCallELResolver resolver = new MethodCallELResolver();
  private final ELContext context = new PlainContext(resolver);

  @Test
  void callsAMethodWithoutParameters() {
    Object slug = resolver.invoke(context, new Card(7, "Red Bike"), "slug", null, new Object[0]);

    assertThat(slug).isEqualTo("red-bike");
    assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void passesParametersOfTheMethodsTypes() {
    Object link =
        resolver.invoke(context, new Card(7, "Red Bike"), "link", null, new Object[] {"/l", 2});

    assertThat(link).isEqualTo("/l/7?page=2");
  }

  @Test
  void leavesOverloadedMethodsToTheStandardResolvers() {
    Object label =
        resolver.invoke(context, new Card(7, "Red Bike"), "label", null, new Object[] {3});

    assertThat(label).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void leavesMethodsOfClassesItCannotReachToTheStandardResolvers() {
    assertThat(resolver.invoke(context, new Hidden("psst"), "shout", null, null)).isNull();
    assertThat(resolver.invoke(context, java.util.List.of(1, 2), "size", null, null)).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void leavesUnknownMethodsAndPropertiesAlone() {
    Card card = new Card(7, "Red Bike");

    assertThat(resolver.invoke(context, card, "price", null, null)).isNull();
    assertThat(resolver.invoke(context, card, "slug", null, new Object[] {"extra"})).isNull();
    assertThat(resolver.getValue(context, card, "title")).isNull();
    assertThat(context.isPropertyResolved()).isFalse();
  }

  @Test
  void reportsWhatTheMethodThrew() {
    assertThatThrownBy(() -> resolver.invoke(context, new Card(7, "x"), "broken", null, null))
        .isInstanceOf(ELException.class)
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("no slug today");
  }

  /** An EL context of nothing but the resolver under test. */
  private static final class PlainContext extends ELContext {
    private final ELResolver resolver;

    PlainContext(ELResolver resolver) {
      this.resolver = resolver;
    }

    @Override
    public ELResolver getELResolver() {
      return resolver;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
