package org.corkboard.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.platform.robustness.Findings;
import org.corkboard.platform.robustness.FormPlan;
import org.corkboard.platform.robustness.HeaderProbes;
import org.corkboard.platform.robustness.Malformed;
import org.corkboard.platform.robustness.MemberContent;
import org.corkboard.platform.robustness.ProbeRun;
import org.corkboard.platform.robustness.ProbeRun.Walker;
import org.corkboard.platform.robustness.Prober;
import org.corkboard.platform.robustness.Prober.Visitor;
import org.corkboard.platform.robustness.SiteMap;
import org.corkboard.platform.robustness.StaticProbes;
import org.corkboard.testing.PagesTestBase;
import org.corkboard.testing.TestImages;
import org.corkboard.testing.WebClient;
import org.corkboard.testing.WebClient.Page;
import org.junit.jupiter.api.Test;

/**
 * Every page and endpoint, found in the sources, anonymously and signed in, with malformed values
 * in every query parameter and form field and malformed requests around them (view state, nonce,
 * Origin, Ajax, encodings, methods, headers, uploads). Every answer must be a clean one: no server
 * error, nothing of the server's insides, the security headers. One run reports every cause.
 */
@org.junit.jupiter.api.Tag("persistence")
class RobustnessIT extends PagesTestBase {

  private static final Pattern CATEGORY = Pattern.compile("/category\\?c=([\\w-]+)");

  @Test
  void noRequestGetsAServerErrorOrShowsTheServersInsides() throws Exception {
    var anonymous = new Visitor("anonymous", new WebClient(), false);
    String memberName = verifiedAccount();
    var member = new Visitor("member", signedInAs(memberName), true);
    var newcomer = new Visitor("newcomer", signedInAs(registered("newcomer")), true);
    var administrator = new Visitor("administrator", demoAdministrator(), true);
    MemberContent content = MemberContent.create(member.browser());
    Chat chat = conversationWith(content);
    String conversation = chat.id();
    String category = found(CATEGORY, anonymous.browser().get("/").html());

    SiteMap site = SiteMap.ofSources();
    Findings findings = new Findings();
    Prober prober = new Prober(findings);
    var run =
        new ProbeRun(
            prober, site, new FormPlan(formBaselines(content.category()), Set.of("signIn")));
    var anonymousWalk =
        new Walker(anonymous, pageParams(category, content, memberName, conversation), null);
    var memberWalk =
        new Walker(member, pageParams(category, content, memberName, conversation), null);
    Map<String, String> servletIds =
        Map.of(
            "/pictures/*",
            String.valueOf(content.picture()),
            "/avatars/*",
            String.valueOf(content.account()),
            "/listings/*",
            content.listingPath().replace("/listings/", ""),
            "/inbox/*",
            conversation,
            "/attachments/*",
            chat.attachment(),
            // Paths of their own, without an id.
            "/favourites/heart",
            "",
            "/search/suggest",
            "",
            "/admin/audit/export",
            "");
    var headers = new HeaderProbes(prober);
    run.addAddresses(anonymousWalk, servletIds, Malformed.forUrls())
        .addAddresses(memberWalk, servletIds, Malformed.few())
        // The console's pages as one who may open them; only addresses: its forms change the board.
        .addAddresses(
            new Walker(administrator, Map.of(), consolePages(site)), servletIds, Malformed.few())
        .addForms(anonymousWalk, List.of())
        .addForms(memberWalk, List.of("/listing/edit"))
        .addForms(new Walker(newcomer, Map.of(), List.of("/")), List.of())
        .add(() -> new StaticProbes(prober).all(anonymous, site))
        .add(headers::rawTargets);
    for (String path :
        List.of(
            "/",
            "/category?c=" + category,
            content.listingPath(),
            "/account/sign-in",
            "/pictures/" + content.picture(),
            "/avatars/" + content.account(),
            "/favicon.svg")) {
      run.add(() -> headers.path(anonymous, path));
      run.add(() -> headers.path(member, path));
    }
    run.run();

    assertThat(findings.requests()).as("requests sent").isGreaterThanOrEqualTo(2_000);
    assertThat(findings.isEmpty()).withFailMessage(findings::report).isTrue();
  }

  /** Valid query parameters of the pages, so that each probe breaks only one. */
  private static Map<String, Map<String, String>> pageParams(
      String category, MemberContent content, String memberName, String conversation)
      throws Exception {
    Map<String, Map<String, String>> params = new TreeMap<>();
    params.put("/inbox/conversation", Map.of("id", conversation));
    params.put("/inbox/write", Map.of("listing", String.valueOf(content.listing())));
    params.put("/inbox/index", Map.of("show", "unread", "page", "1"));
    params.put("/category", new TreeMap<>(Map.of("c", category, "sort", "price-low", "page", "1")));
    params.put("/search", Map.of("q", "bike"));
    params.put("/listing/view", Map.of("id", String.valueOf(content.listing())));
    params.put("/listing/edit", Map.of("id", String.valueOf(content.draft())));
    params.put("/account/user", Map.of("name", memberName));
    params.put("/account/verify", Map.of("token", token(verificationLink(unique("verify")))));
    params.put("/account/reset-password", Map.of("token", token(resetLink(unique("reset")))));
    return params;
  }

  /** Valid values for forms whose page has none, or whose own would do something for good. */
  private static Map<String, Map<String, String>> formBaselines(String category) {
    return Map.of(
        "register",
        Map.of(
            "username", "robust{n}",
            "email", "robust{n}@test.example",
            "displayName", "Robust Prober",
            "password", "a long robust passphrase"),
        "signIn",
        Map.of("identifier", "", "password", "x"),
        "forgot",
        Map.of("email", "robust-nobody@test.example"),
        "reset",
        Map.of("password", "short"),
        "listing",
        Map.of(
            "title", "Robust probe {n}",
            "categoryId", category,
            "description", "Probing.",
            "priceAmount", "12"),
        "contactForm",
        Map.of("text", "Robust hello {n}"),
        "chat",
        Map.of("text", "Robust reply {n}"),
        "emailForm",
        Map.of("newEmail", "robust{n}@test.example"),
        "passwordForm",
        // The same password again: a change that succeeds leaves the next probes a valid one.
        Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD));
  }

  /** A conversation of the member's, and a picture sent in it. */
  private record Chat(String id, String attachment) {}

  /** A colleague writes about the member's listing and sends a picture. */
  private static Chat conversationWith(MemberContent content) throws Exception {
    var colleague = signedInAs(verifiedAccount());
    var sent =
        colleague.submit(
            colleague.get(content.listingPath()),
            "contactForm",
            Map.of("text", "Is it still there?"),
            "sendMessage");
    Matcher id = Pattern.compile("/inbox/(\\d+)").matcher(sent.url());
    assertThat(id.find()).as("a conversation, after " + sent.url()).isTrue();
    Page chat = colleague.get("/inbox/" + id.group(1));
    colleague
        .form(chat, "attachForm")
        .to("/inbox/conversation.xhtml")
        .set(
            Map.of(
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "attachmentUpload",
                "jakarta.faces.partial.execute", "attachmentUpload",
                "jakarta.faces.partial.render", "attachments",
                "attachmentUpload_totalFilesCount", "1"))
        .file("attachmentUpload", TestImages.png(320, 240))
        .send();
    Page withPicture =
        colleague.form(chat, "chat").to("/inbox/conversation.xhtml").set("text", "").press("send");
    Matcher attachment = Pattern.compile("/attachments/(\\d+)").matcher(withPicture.html());
    assertThat(attachment.find()).as("a picture, after " + withPicture.url()).isTrue();
    return new Chat(id.group(1), attachment.group(1));
  }

  private static WebClient demoAdministrator() throws Exception {
    var browser = new WebClient();
    signIn(browser, "admin", "admin-corkboard-dev", false);
    return browser;
  }

  private static List<String> consolePages(SiteMap site) {
    return site.pages.keySet().stream().filter(page -> page.startsWith("/admin/")).toList();
  }

  private static String registered(String prefix) throws Exception {
    String name = unique(prefix);
    register(new WebClient(), name, PASSWORD);
    return name;
  }

  private static String token(String link) {
    return link.substring(link.indexOf("token=") + "token=".length());
  }

  private static String found(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as(pattern.pattern()).isTrue();
    return matcher.group(1);
  }
}
