package org.corkboard.platform.robustness;

import java.util.function.Consumer;

/**
 * One way to break a form's request: a description for the report and the change to the request a
 * browser would send.
 */
public record Mutation(String what, Consumer<Submission> change) {

  /** Sets one parameter. */
  public static Mutation set(String name, Malformed value) {
    return new Mutation(name + "=" + value, s -> s.params.put(name, value.value()));
  }

  public static Mutation set(String what, String name, String value) {
    return new Mutation(what, s -> s.params.put(name, value));
  }

  public static Mutation remove(String what, String name) {
    return new Mutation(what, s -> s.params.remove(name));
  }

  /** Replaces the whole body. */
  public static Mutation body(String what, String contentType, byte[] body) {
    return new Mutation(
        what,
        s -> {
          s.contentType = contentType;
          s.rawBody = body;
        });
  }

  public static Mutation header(String what, String name, String value) {
    return new Mutation(what, s -> s.headers.put(name, value));
  }
}
