package org.corkboard.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;

/**
 * The access matrix of the administrators' console pages, over HTTP with the demo accounts:
 * anonymous visitors are asked to sign in, colleagues and moderators are refused, and none of them
 * sees the page's own text or its entry in the menu.
 */
public final class ConsoleAccess {

  private ConsoleAccess() {}

  /**
   * Checks the pages at {@code paths}, whose content includes {@code pageText} and whose menu entry
   * has the id {@code menuEntryId}, are for administrators only.
   */
  public static void assertForAdministratorsOnly(
      List<String> paths, String pageText, String menuEntryId)
      throws IOException, InterruptedException {
    var visitor = new WebClient();
    var colleague = WebClient.signedIn("alice", "user-corkboard-dev");
    var moderator = WebClient.signedIn("moderator", "moderator-corkboard-dev");
    for (String path : paths) {
      Page anonymous = visitor.get(path);
      assertThat(anonymous.url()).as(path).contains("/account/sign-in");
      assertThat(anonymous.html()).as(path).doesNotContain(pageText);
      for (WebClient refused : List.of(colleague, moderator)) {
        Page page = refused.get(path);
        assertThat(page.status()).as(path).isEqualTo(403);
        assertThat(page.html()).as(path).doesNotContain(pageText);
      }
    }
    assertThat(moderator.get("/admin/").html()).doesNotContain("id=\"" + menuEntryId + "\"");
  }
}
