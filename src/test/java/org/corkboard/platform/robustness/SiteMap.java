package org.corkboard.platform.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The application's addresses, found in its sources so that a new page or servlet is probed without
 * a change here: every page under src/main/webapp with the query parameters it reads, every servlet
 * and filter with its URL pattern and parameters, and every static file.
 */
public final class SiteMap {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Pattern VIEW_PARAM = Pattern.compile("<f:viewParam\\s+name=\"([^\"]+)\"");
  private static final Pattern EL_PARAM = Pattern.compile("\\bparam(?:\\.(\\w+)|\\['([^']+)'\\])");
  private static final Pattern URL_PATTERN =
      Pattern.compile("@Web(?:Servlet|Filter)\\(\"([^\"]+)\"\\)");
  private static final Pattern GET_PARAMETER = Pattern.compile("getParameter\\(\"([^\"]+)\"\\)");

  /** Pages by path without extension ("/account/sign-in"), with the parameters each reads. */
  public final Map<String, Set<String>> pages = new TreeMap<>();

  /** Servlet and filter patterns ("/pictures/*"), with the parameters each reads. */
  public final Map<String, Set<String>> servlets = new TreeMap<>();

  /** Static files by path ("/favicon.svg", "/resources/corkboard/site.css"). */
  public final Set<String> statics = new TreeSet<>();

  /** Files that must never be served ("/WEB-INF/web.xml"). */
  public final Set<String> hidden = new TreeSet<>();

  public static SiteMap ofSources() {
    SiteMap map = new SiteMap();
    files(WEBAPP).forEach(map::addWebFile);
    files(JAVA).forEach(map::addJavaFile);
    return map;
  }

  private void addWebFile(Path file) {
    String path = "/" + WEBAPP.relativize(file).toString().replace('\\', '/');
    if (path.startsWith("/WEB-INF/") || path.startsWith("/META-INF/")) {
      hidden.add(path);
    } else if (path.endsWith(".xhtml")) {
      Set<String> params = new TreeSet<>();
      String source = read(file);
      collect(VIEW_PARAM.matcher(source), params);
      collect(EL_PARAM.matcher(source), params);
      pages.put(path.substring(0, path.length() - ".xhtml".length()), params);
    } else {
      statics.add(path);
    }
  }

  private void addJavaFile(Path file) {
    String source = read(file);
    Matcher pattern = URL_PATTERN.matcher(source);
    if (pattern.find() && !pattern.group(1).equals("/*")) { // a filter of every request
      Set<String> params = new TreeSet<>();
      collect(GET_PARAMETER.matcher(source), params);
      servlets.put(pattern.group(1), params);
    }
  }

  private static void collect(Matcher matcher, Set<String> into) {
    while (matcher.find()) {
      into.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
  }

  private static Stream<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
