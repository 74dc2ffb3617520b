package org.corkboard.platform.robustness;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.platform.robustness.Prober.Visitor;

/**
 * Static files, Faces resources (ours and PrimeFaces') with malformed names and parameters, and the
 * files that must never be served.
 */
public final class StaticProbes {

  private static final Pattern RESOURCE =
      Pattern.compile("\"(/jakarta\\.faces\\.resource/[^\"]+)\"");
  private static final Pattern LIBRARY_FILE = Pattern.compile("/resources/([^/]+)/(.+)");

  private final Prober prober;

  public StaticProbes(Prober prober) {
    this.prober = prober;
  }

  public void all(Visitor visitor, SiteMap site) {
    var queries = new QueryProbes(prober, Malformed.forUrls());
    for (String file : site.statics) {
      prober.get(visitor, file, "a static file");
      Matcher library = LIBRARY_FILE.matcher(file);
      if (library.matches()) {
        resource(visitor, library.group(2), library.group(1));
      }
    }
    site.hidden.forEach(file -> queries.hidden(visitor, file));
    queries.hidden(visitor, "/META-INF/MANIFEST.MF");
    prober
        .get(visitor, "/account/sign-in", "a page, for the resources it loads")
        .ifPresent(page -> linkedResources(visitor, page.body()));
  }

  /** A Faces resource by name and library, then with each of them and its version malformed. */
  private void resource(Visitor visitor, String name, String library) {
    String path = "/jakarta.faces.resource/" + name + ".xhtml";
    prober.get(visitor, path + "?ln=" + library, "a Faces resource");
    for (Malformed value : Malformed.forUrls()) {
      prober.get(visitor, path + QueryProbes.query(Map.of("ln", value.value())), "ln=" + value);
      prober.get(
          visitor,
          path + QueryProbes.query(Map.of("ln", library, "v", value.value())),
          "v=" + value);
      String odd = "/jakarta.faces.resource/" + QueryProbes.segment(value.value()) + ".xhtml";
      prober.get(visitor, odd + "?ln=" + library, "resource name " + value);
    }
  }

  private void linkedResources(Visitor visitor, String html) {
    Matcher resource = RESOURCE.matcher(html);
    while (resource.find()) {
      prober.get(visitor, Html.unescape(resource.group(1)), "a resource the page links to");
    }
  }
}
