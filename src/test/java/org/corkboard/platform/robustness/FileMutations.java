package org.corkboard.platform.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.corkboard.platform.robustness.Submission.FilePart;
import org.corkboard.testing.TestImages;

/**
 * What can go wrong with an upload: files that are not pictures or only look like one, hostile file
 * names and types, too large files, and multipart bodies that do not parse.
 */
public final class FileMutations {

  private static final byte[] PNG = TestImages.png(64, 48);
  private static final String B = Multipart.BOUNDARY;

  private FileMutations() {}

  public static List<Mutation> of(String field) {
    List<Mutation> mutations = new ArrayList<>(contents(field));
    mutations.addAll(names(field));
    mutations.addAll(brokenBodies());
    return mutations;
  }

  /** A valid picture, for the uploads that set up what the probes need. */
  public static FilePart picture(String field) {
    return new FilePart(field, "photo.png", "image/png", PNG);
  }

  private static List<Mutation> contents(String field) {
    byte[] truncated = Arrays.copyOf(PNG, 100);
    byte[] bomb = PNG.clone();
    bomb[16] = 0x7F; // width 2^31 - 1 ... in the header; the checksum no longer matches either
    return List.of(
        file("a real picture", picture(field)),
        file("an empty file", new FilePart(field, "empty.png", "image/png", new byte[0])),
        file("random bytes", new FilePart(field, "photo.jpg", "image/jpeg", bytes(5_000))),
        file("an HTML page", new FilePart(field, "page.png", "image/png", html())),
        file("a truncated PNG", new FilePart(field, "cut.png", "image/png", truncated)),
        file("a PNG of absurd size", new FilePart(field, "huge.png", "image/png", bomb)),
        file("a GIF", new FilePart(field, "x.gif", "image/gif", gif())),
        file("an SVG with a script", new FilePart(field, "x.svg", "image/svg+xml", svg())),
        file("just over 10 MB", new FilePart(field, "big.png", "image/png", bytes(10_485_761))),
        new Mutation("two files", s -> s.files.addAll(List.of(picture(field), picture(field)))),
        new Mutation("a file in a text field", s -> s.files.add(picture("notAFileField"))));
  }

  private static List<Mutation> names(String field) {
    List<Mutation> names = new ArrayList<>();
    for (String name :
        List.of(
            "x".repeat(5_000) + ".png",
            "../../../etc/passwd",
            "a\u0000.png",
            "\u202Egnp.exe",
            "😀.png",
            "",
            "a\".png")) {
      names.add(
          file(
              "file name " + Malformed.describe(name),
              new FilePart(field, name, "image/png", PNG)));
    }
    names.add(file("file type bogus", new FilePart(field, "x.png", "../../\u0000", PNG)));
    return names;
  }

  private static List<Mutation> brokenBodies() {
    String part = "--" + B + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n";
    return List.of(
        raw("no closing boundary", part),
        raw("another boundary in the body", part.replace(B, "other")),
        raw("a part without headers", "--" + B + "\r\n\r\nb\r\n--" + B + "--\r\n"),
        raw("a part cut off in its headers", "--" + B + "\r\nContent-Disposition: form-da"),
        raw("an empty body", ""),
        raw("a part without a name", part.replace(" name=\"a\"", "") + "--" + B + "--\r\n"));
  }

  private static Mutation file(String what, FilePart file) {
    return new Mutation(
        what,
        s -> {
          s.files.removeIf(f -> f.field().equals(file.field()));
          s.files.add(file);
        });
  }

  private static Mutation raw(String what, String body) {
    return Mutation.body(
        "multipart: " + what, "multipart/form-data; boundary=" + B, body.getBytes(UTF_8));
  }

  private static byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    new java.util.Random(7).nextBytes(bytes);
    return bytes;
  }

  private static byte[] html() {
    return "<html><script>alert(1)</script></html>".getBytes(UTF_8);
  }

  private static byte[] gif() {
    return Arrays.copyOf("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(UTF_8), 14);
  }

  private static byte[] svg() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        .getBytes(UTF_8);
  }
}
