package org.corkboard.platform.robustness;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corkboard.testing.WebClient;

/**
 * What a signed-in member owns for the probes, made through the pages: an active listing with a
 * picture, a draft with a picture, and an avatar; and a category their listings can have.
 */
public record MemberContent(
    long listing, String listingPath, long draft, long picture, long account, String category) {

  private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
  private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"");
  private static final Pattern PICTURE = Pattern.compile("data-picture=\"(\\d+)\"");
  private static final Pattern SHARE =
      Pattern.compile("id=\"share\"[^>]*value=\"https?://[^/]+([^\"]+)\"");
  private static final Pattern AVATAR = Pattern.compile("/avatars/(\\d+)");

  public static MemberContent create(WebClient member) throws Exception {
    long listing = draft(member, "Robust city bike");
    long picture = addPicture(member, listing);
    publish(member, listing);
    long draft = draft(member, "Robust draft lamp");
    addPicture(member, draft);
    String avatarField = fileField(member, "/account/profile", "avatarForm");
    PageForms.submit(
        member,
        "/account/profile",
        "avatarForm",
        Map.of("uploadAvatar", ""),
        s -> s.files.add(FileMutations.picture(avatarField)));
    String view = member.get("/listing/view?id=" + listing).html();
    String account = found(AVATAR, member.get("/account/profile").html(), "an avatar");
    return new MemberContent(
        listing,
        found(SHARE, view, "the share link"),
        draft,
        picture,
        Long.parseLong(account),
        category(member));
  }

  /** The first category the listing form offers. */
  public static String category(WebClient member) throws Exception {
    return found(OPTION, member.get("/listing/edit").html(), "a category");
  }

  private static long draft(WebClient member, String title) throws Exception {
    String category = category(member);
    String next =
        PageForms.press(
            member,
            "/listing/edit",
            "listing",
            Map.of(
                "title", title,
                "categoryId", category,
                "description", "A sturdy thing, in good condition.",
                "priceAmount", "25",
                "city", "Berlin",
                "postalCode", "10115"),
            "saveDraft");
    return Long.parseLong(found(ID, next, "the new listing's id"));
  }

  private static long addPicture(WebClient member, long listing) throws Exception {
    String page = "/listing/edit?id=" + listing;
    String field = fileField(member, page, "picturesForm");
    var upload =
        PageForms.submit(
            member,
            page,
            "picturesForm",
            Map.of(),
            AjaxMutations.asUpload(
                    new Mutation("a picture", s -> s.files.add(FileMutations.picture(field))),
                    field)
                .change());
    return Long.parseLong(
        found(PICTURE, member.get(page).html(), "an uploaded picture, after " + upload.body()));
  }

  private static void publish(WebClient member, long listing) throws Exception {
    PageForms.press(member, "/listing/edit?id=" + listing, "listing", Map.of(), "publish");
  }

  private static String fileField(WebClient member, String page, String formId) throws Exception {
    return PageForms.form(member.get(page).html(), formId, page).files().get(0);
  }

  private static String found(Pattern pattern, String text, String what) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new AssertionError("Could not find " + what + " in:\n" + text);
    }
    return matcher.group(1);
  }
}
