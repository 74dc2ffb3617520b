package org.corkboard.search.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corkboard.category.boundary.Categories;
import org.corkboard.category.boundary.Categories.Node;
import org.corkboard.search.boundary.SearchIndex;

/**
 * GET /search/suggest?q=mou+bi: completions for the header's search box, as JSON: {@code
 * {"suggestions": [{"text": "Mountain bike", "url": "/search?q=Mountain+bike"}, …]}}. A category
 * name leads to the category's listings. Answers may be cached for a minute: suggestions change
 * only every few minutes anyway.
 */
@WebServlet("/search/suggest")
public class SuggestServlet extends HttpServlet {

  static final String PATH = "/search/suggest";

  private static final int MAX_SUGGESTIONS = 8;
  private static final int MAX_TYPED = 100;

  /** Made once: each Json.create… call looks the provider up through the service loader again. */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @Inject SearchIndex index;
  @Inject Categories categories;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String typed = Optional.ofNullable(request.getParameter("q")).orElse("").strip();
    List<String> found =
        typed.isEmpty() || typed.length() > MAX_TYPED
            ? List.of()
            : index.suggest(typed, MAX_SUGGESTIONS);
    Map<String, Node> categoriesByName =
        categories
            .all()
            .collect(Collectors.toMap(Node::name, node -> node, (first, second) -> first));
    String search = request.getContextPath() + "/search";
    JsonArrayBuilder suggestions = JSON.createArrayBuilder();
    for (String text : found) {
      Node category = categoriesByName.get(text);
      suggestions.add(
          JSON.createObjectBuilder()
              .add("text", text)
              .add("kind", category == null ? "listing" : "category")
              .add(
                  "url",
                  category == null
                      ? search + "?q=" + SearchLinks.encode(text)
                      : search + "?category=" + category.id()));
    }
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=60");
    response
        .getWriter()
        .write(JSON.createObjectBuilder().add("suggestions", suggestions).build().toString());
  }
}
