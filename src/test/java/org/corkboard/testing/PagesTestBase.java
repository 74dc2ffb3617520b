package org.corkboard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.WebClient.Page;
import org.corkboard.testing.WebClient.Upload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * For tests that use the deployed application from outside, as people do: through its pages, with
 * GreenMail as the SMTP server that receives Corkboard's e-mail.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class PagesTestBase {

  public static final String PASSWORD = "a long and memorable passphrase";

  /** What the edit page's upload adds to its form: which component sends how many files. */
  private static final Map<String, String> PICTURE_UPLOAD =
      Map.of("jakarta.faces.source", "pictureUpload", "pictureUpload_totalFilesCount", "1");

  @RegisterExtension
  protected static final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return Deployments.application();
  }

  /** A name no other test uses. */
  protected static String unique(String prefix) {
    return prefix + System.nanoTime() % 100_000_000;
  }

  /** Registers {@code name} with the address name@test.example and the name "Display name". */
  protected static Page register(WebClient browser, String name, String password) throws Exception {
    Page page = browser.get("/account/register");
    return browser.submit(
        page,
        "register",
        Map.of(
            "username",
            name,
            "email",
            name + "@test.example",
            "displayName",
            "Display " + name,
            "password",
            password),
        "submit");
  }

  protected static Page signIn(
      WebClient browser, String identifier, String password, boolean remember) throws Exception {
    Page page = browser.get("/account/sign-in");
    if (!remember) {
      return signInWith(browser, page, identifier, password);
    }
    return browser.submit(
        page,
        "signIn",
        Map.of("identifier", identifier, "password", password, "rememberMe_input", "on"),
        "submit");
  }

  /** Fills in and sends the sign-in form of the page. */
  public static Page signInWith(
      WebClient browser, Page signInPage, String identifier, String password) throws Exception {
    return browser.submit(
        signInPage, "signIn", Map.of("identifier", identifier, "password", password), "submit");
  }

  /** A browser signed in with the password of {@link #verifiedAccount}. */
  protected static WebClient signedInAs(String name) throws Exception {
    var browser = new WebClient();
    signIn(browser, name, PASSWORD, false);
    return browser;
  }

  /** Opens the n-th link to the path e-mailed to the address and presses its button. */
  protected static Page followLink(
      WebClient browser,
      String address,
      int mail,
      String path,
      String form,
      String button,
      Map<String, String> fields)
      throws Exception {
    String link = MailBox.link(MailBox.await(greenMail, address, mail), path);
    return browser.submit(browser.get(link), form, fields, button);
  }

  /**
   * Saves a draft listing for sale (bikes, 120 EUR, Berlin) through the edit page; returns the
   * draft's edit page, where pictures are added.
   */
  public static Page draftListing(WebClient browser, String title) throws Exception {
    Page edit = browser.get("/listing/edit");
    return browser.submit(edit, "listing", listingFields(edit, title), "saveDraft");
  }

  /** Publishes the draft of {@link #draftListing}; returns the listing's page. */
  public static Page publish(WebClient browser, Page draft, String title) throws Exception {
    return browser.submit(draft, "listing", listingFields(draft, title), "publish");
  }

  /** Publishes a listing of the owner's (see {@link #draftListing}); returns its page's address. */
  protected static String publishedListing(String owner, String title) throws Exception {
    var client = signedInAs(owner);
    return publish(client, draftListing(client, title), title).url();
  }

  /** Sends a picture from the edit page as its upload does: by Ajax, as PrimeFaces' script. */
  protected static Page addPicture(WebClient browser, Page edit, Upload file) throws Exception {
    Map<String, String> ajax = new HashMap<>(PICTURE_UPLOAD);
    ajax.putAll(
        Map.of(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.partial.execute", "pictureUpload",
            "jakarta.faces.partial.render", "pictures preview"));
    return browser.submitFile(edit, "picturesForm", ajax, "pictureUpload", file);
  }

  /** The address of the first picture shown on the page (its thumbnail's, without the size). */
  protected static String firstPicture(Page page) {
    Matcher picture = Pattern.compile("src=\"(/pictures/\\d+)\\?size=thumb\"").matcher(page.html());
    assertThat(picture.find()).as("a picture on " + page.url()).isTrue();
    return picture.group(1);
  }

  /** The same upload sent as a whole page, as a client that bypasses the script may. */
  protected static Page addPictureWithoutAjax(WebClient browser, Page edit, Upload file)
      throws Exception {
    return browser.submitFile(edit, "picturesForm", PICTURE_UPLOAD, "pictureUpload", file);
  }

  /** The edit form's fields, which are not hidden, as a browser sends them. */
  public static Map<String, String> listingFields(Page edit, String title) {
    return listingFields(edit, title, "For sale › Bikes");
  }

  /** The same, in the category the form's menu shows by that label ("For sale › Bikes"). */
  protected static Map<String, String> listingFields(Page edit, String title, String category) {
    Matcher option =
        Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(category) + "</option>")
            .matcher(edit.html());
    if (!option.find()) {
      throw new AssertionError("No category '" + category + "' on " + edit.url());
    }
    return Map.of(
        "type", "FOR_SALE",
        "title", title,
        "description", "Ridden for a few years, brakes new.",
        "categoryId", option.group(1),
        "priceMode", "FIXED",
        "priceAmount", "120",
        "priceCurrency", "EUR",
        "city", "Berlin",
        "postalCode", "10115");
  }

  /** Registers {@code name} and returns the verification link e-mailed to it. */
  protected static String verificationLink(String name) throws Exception {
    register(new WebClient(), name, PASSWORD);
    return MailBox.link(MailBox.await(greenMail, name + "@test.example", 1), "/account/verify");
  }

  /** Registers {@code name}, asks for a new password for it and returns the e-mailed link. */
  protected static String resetLink(String name) throws Exception {
    String email = name + "@test.example";
    register(new WebClient(), name, PASSWORD);
    MailBox.await(greenMail, email, 1);
    var browser = new WebClient();
    browser.submit(
        browser.get("/account/forgot-password"), "forgot", Map.of("email", email), "submit");
    return MailBox.link(MailBox.await(greenMail, email, 2), "/account/reset-password");
  }

  /** A registered account whose address is verified, through the pages; returns its username. */
  protected static String verifiedAccount() throws Exception {
    var browser = new WebClient();
    String name = unique("user");
    register(browser, name, PASSWORD);
    followLink(
        browser, name + "@test.example", 1, "/account/verify", "verify", "confirm", Map.of());
    return name;
  }
}
