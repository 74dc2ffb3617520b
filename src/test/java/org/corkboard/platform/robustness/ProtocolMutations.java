package org.corkboard.platform.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.corkboard.platform.robustness.HtmlForm.VIEW_STATE;
import static org.corkboard.platform.robustness.Mutation.body;
import static org.corkboard.platform.robustness.Mutation.header;
import static org.corkboard.platform.robustness.Mutation.remove;
import static org.corkboard.platform.robustness.Mutation.set;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a forged, broken or unusual client sends with a form, whatever its fields: view state, CSP
 * nonce and Origin tampered with, Ajax parameters pointing nowhere, odd encodings, bodies and
 * methods.
 */
public final class ProtocolMutations {

  private static final String NONCE = "primefaces.nonce";
  private static final String SERIALIZED =
      "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
  private static final String FORM_TYPE = "application/x-www-form-urlencoded";

  private ProtocolMutations() {}

  public static List<Mutation> of(String formId) {
    return Stream.of(viewState(), nonceAndOrigin(formId), ajax(formId), encodings(), methods())
        .flatMap(List::stream)
        .toList();
  }

  private static List<Mutation> viewState() {
    return List.of(
        set("ViewState bogus", VIEW_STATE, "forged"),
        remove("ViewState missing", VIEW_STATE),
        set("ViewState empty", VIEW_STATE, ""),
        set("ViewState 'stateless'", VIEW_STATE, "stateless"),
        set("ViewState overlong", VIEW_STATE, "7".repeat(100_000)),
        set("ViewState a serialized object", VIEW_STATE, SERIALIZED),
        set("ViewState with a colon", VIEW_STATE, "-1:-1"));
  }

  private static List<Mutation> nonceAndOrigin(String formId) {
    return List.of(
        remove("nonce missing", NONCE),
        set("nonce bogus", NONCE, "bogus"),
        set("nonce empty", NONCE, ""),
        remove("form marker missing", formId),
        new Mutation("Origin missing", s -> s.headers.remove("Origin")),
        header("Origin foreign", "Origin", "https://evil.example"),
        header("Origin null", "Origin", "null"),
        set("client window bogus", "jakarta.faces.ClientWindow", "<script>"),
        set("reset values", "primefaces.resetvalues", "true"));
  }

  private static List<Mutation> ajax(String formId) {
    return List.of(
        set("Ajax flag without a source", "jakarta.faces.partial.ajax", "true"),
        new Mutation(
            "Ajax from an unknown component", s -> s.ajax("no:such", null, "@all", "@all")),
        new Mutation("Ajax rendering an unknown id", s -> s.ajax(formId, null, "@this", "no:such")),
        new Mutation("Ajax executing an unknown id", s -> s.ajax(formId, null, "no:such", "@form")),
        new Mutation("Ajax with a bogus event", s -> s.ajax(formId, "bogus", "@this", "@form")),
        new Mutation(
            "Ajax with malformed ids", s -> s.ajax("::", "click", "@none :: @all", "%zz")));
  }

  private static List<Mutation> encodings() {
    return List.of(
        new Mutation("every parameter twice", ProtocolMutations::doubled),
        new Mutation("2,000 extra parameters", ProtocolMutations::thousands),
        new Mutation("malformed parameter names", ProtocolMutations::oddNames),
        new Mutation("Content-Type text/plain", s -> s.contentType = "text/plain"),
        body("Content-Type JSON", "application/json", "{\"a\":[1]}".getBytes(UTF_8)),
        new Mutation("Content-Type missing", s -> s.contentType = ""),
        new Mutation("charset unknown", s -> s.contentType = FORM_TYPE + "; charset=no-such"),
        new Mutation("charset UTF-16", s -> s.contentType = FORM_TYPE + "; charset=UTF-16"),
        new Mutation("multipart without a boundary", ProtocolMutations::multipartType),
        new Mutation("multipart in an unknown charset", ProtocolMutations::multipartCharset),
        body("body a lone %", FORM_TYPE, "%".getBytes(UTF_8)),
        body("body with bad escapes", FORM_TYPE, "a=%zz&%=b&c=%C3%28%FF".getBytes(UTF_8)),
        body("body of raw bytes", FORM_TYPE, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 61, 38, 0}),
        body("body of separators only", FORM_TYPE, "&&==&=&".getBytes(UTF_8)),
        header("Content-Encoding gzip, not gzipped", "Content-Encoding", "gzip"));
  }

  private static List<Mutation> methods() {
    List<Mutation> methods = new ArrayList<>();
    for (String method : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "FOO")) {
      methods.add(new Mutation("method " + method, s -> s.method = method));
    }
    methods.add(new Mutation("as a GET with the fields in the query", s -> s.method = "GET"));
    return methods;
  }

  private static void doubled(Submission s) {
    s.params.forEach((name, value) -> s.extraParams.add(new String[] {name, value + "2"}));
  }

  private static void thousands(Submission s) {
    for (int i = 0; i < 2_000; i++) {
      s.extraParams.add(new String[] {"p" + i, "v"});
    }
  }

  private static void oddNames(Submission s) {
    for (String name : List.of("", "a[b]", "\u0000", "%", "jakarta.faces.ViewState ", "😀")) {
      s.extraParams.add(new String[] {name, "x"});
    }
  }

  private static void multipartCharset(Submission s) {
    s.multipart = true;
    s.contentType = "multipart/form-data; boundary=" + Multipart.BOUNDARY + "; charset=no-such";
  }

  private static void multipartType(Submission s) {
    s.multipart = false;
    s.contentType = "multipart/form-data";
  }
}
