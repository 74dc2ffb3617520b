package org.corkboard.platform.robustness;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form's request as a browser would send it, before a probe breaks one part of it: the
 * parameters, the files, the method, the headers; or a raw body that replaces them all.
 */
public final class Submission {

  public static final String ORIGIN = "http://localhost:8080";

  /** A file field's content, as a browser sends it: a file name, a type and the bytes. */
  public record FilePart(String field, String fileName, String contentType, byte[] content) {

    public FilePart under(String otherField) {
      return new FilePart(otherField, fileName, contentType, content);
    }
  }

  public final Map<String, String> params = new LinkedHashMap<>();
  public final List<String[]> extraParams = new ArrayList<>();
  public final List<FilePart> files = new ArrayList<>();
  public final Map<String, String> headers = new LinkedHashMap<>();
  public String method = "POST";
  public boolean multipart;
  public String contentType;
  public byte[] rawBody;

  public Submission() {
    headers.put("Origin", ORIGIN);
  }

  /** Makes it a PrimeFaces Ajax request from the source component. */
  public Submission ajax(String source, String event, String process, String update) {
    params.put("jakarta.faces.partial.ajax", "true");
    params.put("jakarta.faces.source", source);
    params.put("jakarta.faces.partial.execute", process);
    params.put("jakarta.faces.partial.render", update);
    if (event != null) {
      params.put("jakarta.faces.behavior.event", event);
      params.put("jakarta.faces.partial.event", event);
    } else {
      params.put(source, source);
    }
    headers.put("Faces-Request", "partial/ajax");
    headers.put("X-Requested-With", "XMLHttpRequest");
    return this;
  }

  public HttpRequest toRequest(URI uri) {
    if (method.equals("GET")) {
      URI withQuery = URI.create(uri.toString().replaceFirst("\\?.*", "") + "?" + urlEncoded());
      HttpRequest.Builder get = HttpRequest.newBuilder(withQuery).timeout(Duration.ofSeconds(60));
      headers.forEach(get::header);
      return get.build();
    }
    byte[] body = rawBody;
    String type = contentType;
    if (body == null && multipart) {
      Multipart parts = new Multipart(allParams(), files);
      body = parts.body();
      type = type == null ? parts.contentType() : type;
    } else if (body == null) {
      body = urlEncoded().getBytes(StandardCharsets.UTF_8);
      type = type == null ? "application/x-www-form-urlencoded" : type;
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }
    headers.forEach(request::header);
    return request.build();
  }

  /** The parameters as a query string or form body. */
  public String urlEncoded() {
    return allParams().stream()
        .map(p -> encode(p[0]) + "=" + encode(p[1]))
        .collect(Collectors.joining("&"));
  }

  private List<String[]> allParams() {
    List<String[]> all = new ArrayList<>();
    params.forEach((name, value) -> all.add(new String[] {name, value}));
    all.addAll(extraParams);
    return all;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
