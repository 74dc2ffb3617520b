package org.corkboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of STYLE.md, checked on the sources: features do not depend on each other in a
 * circle, pages reach other features only through their boundary (or entities), Faces stays in the
 * web layer, and view- and session-scoped beans keep their injected services when they are
 * replicated. A reference is an import or a fully qualified name outside comments.
 */
class ArchitectureTest {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern PACKAGE =
      Pattern.compile("(?m)^package org\\.corkboard\\.([\\w.]+);");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.corkboard\\.(\\w+)\\.(\\w+)");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern TRANSIENT_INJECTION =
      Pattern.compile("@Inject\\s+(?:(?:private|protected|public)\\s+)?transient\\b");
  private static final Set<String> LAYERS = Set.of("entity", "control", "boundary", "web", "api");

  /** A source file: its feature, its layer ("" for none) and its code without comments. */
  record Source(String name, String feature, String layer, String code) {

    static Source of(String name, String packageName, String code) {
      String[] parts = packageName.split("\\.");
      String layer = parts.length > 1 && LAYERS.contains(parts[1]) ? parts[1] : "";
      return new Source(name, parts[0], layer, COMMENT.matcher(code).replaceAll(""));
    }

    /** The other features this one refers to, each with the layers it refers to. */
    Map<String, Set<String>> references() {
      Map<String, Set<String>> references = new TreeMap<>();
      Matcher reference = REFERENCE.matcher(code);
      while (reference.find()) {
        if (!reference.group(1).equals(feature)) {
          String layer = LAYERS.contains(reference.group(2)) ? reference.group(2) : "";
          references.computeIfAbsent(reference.group(1), f -> new TreeSet<>()).add(layer);
        }
      }
      return references;
    }
  }

  @Test
  void theRulesHoldForTheApplication() {
    List<Source> sources = application();
    assertThat(sources).as("the sources were found").hasSizeGreaterThan(50);
    assertThat(cycles(sources)).as("dependency cycles between features").isEmpty();
    assertThat(pagesReachingIntoOtherFeatures(sources)).isEmpty();
    assertThat(facesOutsideTheWebLayer(sources)).isEmpty();
    assertThat(transientInjections(sources)).isEmpty();
    assertThat(timersRunOnEveryNode(sources)).isEmpty();
  }

  @Test
  void categoriesKnowNothingOfListings() {
    assertThat(application())
        .filteredOn(source -> source.feature().equals("category"))
        .isNotEmpty()
        .allSatisfy(source -> assertThat(source.references()).doesNotContainKey("listing"));
  }

  @Test
  void aCycleBetweenTwoFeaturesIsFound() {
    List<Source> sources =
        List.of(
            Source.of("A", "category.web", "import org.corkboard.listing.boundary.Browsing;"),
            Source.of("B", "listing.entity", "import org.corkboard.category.entity.Category;"));
    assertThat(cycles(sources)).containsExactly("category -> listing -> category");
  }

  @Test
  void aPageUsingAnotherFeaturesControlIsFound() {
    List<Source> sources =
        List.of(
            Source.of(
                "CategoryView",
                "category.web",
                "class CategoryView { org.corkboard.listing.control.ListingRepository.Sort s; }"),
            Source.of(
                "HomeView", "listing.web", "import org.corkboard.category.boundary.Categories;"));
    assertThat(pagesReachingIntoOtherFeatures(sources))
        .containsExactly("CategoryView uses listing.control");
  }

  @Test
  void facesBelowTheWebLayerIsFound() {
    List<Source> sources =
        List.of(
            Source.of("Listings", "listing.boundary", "import jakarta.faces.context.FacesContext;"),
            Source.of("ListingView", "listing.web", "import jakarta.faces.context.FacesContext;"));
    assertThat(facesOutsideTheWebLayer(sources)).containsExactly("Listings");
  }

  @Test
  void aTimerRunningOnEveryNodeIsFound() {
    List<Source> sources =
        List.of(
            Source.of("Sweep", "listing.boundary", "@Schedule(minute = \"*\", persistent = false)"),
            Source.of("Once", "listing.boundary", "@Schedule(minute = \"*\", persistent = true)"),
            Source.of("Made", "listing.boundary", "timers.createCalendarTimer(expression);"),
            Source.of("QueueMetrics", "deadletter.boundary", "@Schedule(second = \"*/15\")"));
    assertThat(timersRunOnEveryNode(sources)).containsExactly("Sweep", "Made");
  }

  @Test
  void aTransientInjectionInAViewScopedBeanIsFound() {
    List<Source> sources =
        List.of(
            Source.of(
                "EditView",
                "listing.web",
                "@ViewScoped class EditView { @Inject transient Listings l; }"),
            Source.of("Servlet", "listing.web", "class Servlet { @Inject transient Listings l; }"));
    assertThat(transientInjections(sources)).containsExactly("EditView");
  }

  /** Each cycle between features, as "a -> b -> a", starting from its first feature by name. */
  static List<String> cycles(List<Source> sources) {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Source source : sources) {
      graph
          .computeIfAbsent(source.feature(), f -> new TreeSet<>())
          .addAll(source.references().keySet());
    }
    Set<String> found = new TreeSet<>();
    for (String start : graph.keySet()) {
      walk(graph, start, new ArrayList<>(List.of(start)), found);
    }
    return List.copyOf(found);
  }

  private static void walk(
      Map<String, Set<String>> graph, String start, List<String> path, Set<String> found) {
    for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
      if (next.equals(start)) {
        found.add(String.join(" -> ", path) + " -> " + start);
      } else if (next.compareTo(start) > 0 && !path.contains(next)) {
        path.add(next);
        walk(graph, start, path, found);
        path.remove(path.size() - 1);
      }
    }
  }

  /** Pages and REST resources use another feature only through its boundary and entities. */
  static List<String> pagesReachingIntoOtherFeatures(List<Source> sources) {
    List<String> violations = new ArrayList<>();
    for (Source source : sources) {
      if (source.layer().equals("web") || source.layer().equals("api")) {
        source
            .references()
            .forEach(
                (feature, layers) ->
                    layers.stream()
                        .filter(layer -> !Set.of("boundary", "entity").contains(layer))
                        .filter(layer -> !feature.equals("platform"))
                        .forEach(
                            layer ->
                                violations.add(source.name() + " uses " + feature + "." + layer)));
      }
    }
    return violations;
  }

  /**
   * Timers run once in a cluster: a timer is declared with {@code @Schedule(persistent = true)},
   * which WildFly's distributed timer service fires on one node; a timer made at start-up would be
   * made by every node. Only the metrics of a node's own broker are counted on each node.
   */
  static List<String> timersRunOnEveryNode(List<Source> sources) {
    Set<String> perNode = Set.of("QueueMetrics");
    Pattern schedule = Pattern.compile("@Schedule\\(([^)]*)\\)");
    List<String> violations = new ArrayList<>();
    for (Source source : sources) {
      Matcher declared = schedule.matcher(source.code());
      boolean everyNode =
          source.code().matches("(?s).*\\.create(Calendar|Interval|SingleAction)?Timer\\(.*");
      while (declared.find()) {
        everyNode |= !declared.group(1).contains("persistent = true");
      }
      String type = source.name().replaceAll(".*/|\\.java$", "");
      if (everyNode && !perNode.contains(type)) {
        violations.add(source.name());
      }
    }
    return violations;
  }

  /** Services must be callable from a page, a REST resource and a test alike. */
  static List<String> facesOutsideTheWebLayer(List<Source> sources) {
    return sources.stream()
        .filter(source -> !source.layer().equals("web"))
        .filter(source -> source.code().contains("jakarta.faces."))
        .map(Source::name)
        .toList();
  }

  /** The container's proxies are serializable; a transient one is null after replication. */
  static List<String> transientInjections(List<Source> sources) {
    return sources.stream()
        .filter(s -> s.code().contains("@ViewScoped") || s.code().contains("@SessionScoped"))
        .filter(s -> TRANSIENT_INJECTION.matcher(s.code()).find())
        .map(Source::name)
        .toList();
  }

  private static List<Source> application() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .map(ArchitectureTest::read)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Source read(Path file) {
    try {
      String code = Files.readString(file);
      Matcher declared = PACKAGE.matcher(code);
      if (!declared.find()) {
        throw new AssertionError(file + " is not in a package under org.corkboard");
      }
      return Source.of(SOURCES.relativize(file).toString(), declared.group(1), code);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
