package org.corkboard.platform.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corkboard.platform.robustness.Submission.FilePart;

/** A multipart/form-data body, as browsers send forms with files. */
public final class Multipart {

  public static final String BOUNDARY = "----CorkboardProbeBoundary7MA4YWxkTrZu0gW";

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  public Multipart(List<String[]> params, List<FilePart> files) {
    for (String[] param : params) {
      part("form-data; name=\"" + param[0] + "\"", null, param[1].getBytes(StandardCharsets.UTF_8));
    }
    for (FilePart file : files) {
      part(
          "form-data; name=\"" + file.field() + "\"; filename=\"" + file.fileName() + "\"",
          file.contentType(),
          file.content());
    }
    write("--" + BOUNDARY + "--\r\n");
  }

  public String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  public byte[] body() {
    return body.toByteArray();
  }

  private void part(String disposition, String type, byte[] content) {
    write("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition + "\r\n");
    if (type != null) {
      write("Content-Type: " + type + "\r\n");
    }
    write("\r\n");
    body.writeBytes(content);
    write("\r\n");
  }

  private void write(String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
