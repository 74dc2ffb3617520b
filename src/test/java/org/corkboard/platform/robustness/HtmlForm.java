package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form as a page renders it, read with regular expressions (the pages are well-formed XHTML):
 * what a browser would send by default, which fields a person could change, its files and its
 * buttons.
 */
public record HtmlForm(
    String id,
    String action,
    boolean multipart,
    Map<String, String> defaults,
    List<String> fields,
    List<String> files,
    List<String> buttons) {

  /** What Faces adds to every form; malformed on purpose only by the protocol probes. */
  public static final String VIEW_STATE = "jakarta.faces.ViewState";

  private static final Pattern FORM =
      Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
  private static final Pattern CONTROL =
      Pattern.compile(
          "<(input|button)\\b([^>]*)>|<(textarea|select)\\b([^>]*)>(.*?)</\\3>", Pattern.DOTALL);
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

  /** The forms of the page that are posted (search forms that GET are plain links). */
  public static List<HtmlForm> of(String html) {
    List<HtmlForm> forms = new ArrayList<>();
    Matcher form = FORM.matcher(html);
    while (form.find()) {
      Map<String, String> attributes = Html.attributes(form.group(1));
      if ("post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
        forms.add(read(attributes, form.group(2)));
      }
    }
    return forms;
  }

  private static HtmlForm read(Map<String, String> attributes, String body) {
    var form =
        new HtmlForm(
            attributes.getOrDefault("id", ""),
            attributes.getOrDefault("action", ""),
            attributes.getOrDefault("enctype", "").startsWith("multipart/"),
            new LinkedHashMap<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    Matcher control = CONTROL.matcher(body);
    while (control.find()) {
      if (control.group(1) != null) {
        form.addInput(control.group(1), Html.attributes(control.group(2)));
      } else {
        form.addChoice(control.group(3), Html.attributes(control.group(4)), control.group(5));
      }
    }
    return form;
  }

  private void addInput(String tag, Map<String, String> attributes) {
    String name = attributes.get("name");
    String type = attributes.getOrDefault("type", tag.equals("button") ? "submit" : "text");
    if (name == null || type.equals("button") || type.equals("reset")) {
      return;
    }
    switch (type) {
      case "submit", "image" -> buttons.add(name);
      case "file" -> files.add(name);
      case "checkbox", "radio" -> {
        fields.add(name);
        if (attributes.containsKey("checked")) {
          defaults.put(name, attributes.getOrDefault("value", "on"));
        }
      }
      default -> {
        if (!name.equals(VIEW_STATE) && !name.equals(id)) {
          fields.add(name);
        }
        defaults.put(name, attributes.getOrDefault("value", ""));
      }
    }
  }

  private void addChoice(String tag, Map<String, String> attributes, String content) {
    String name = attributes.get("name");
    if (name == null) {
      return;
    }
    fields.add(name);
    if (tag.equals("textarea")) {
      defaults.put(name, Html.unescape(content));
      return;
    }
    Matcher option = OPTION.matcher(content);
    String chosen = null;
    while (option.find()) {
      Map<String, String> optionAttributes = Html.attributes(option.group(1));
      if (chosen == null || optionAttributes.containsKey("selected")) {
        chosen = optionAttributes.getOrDefault("value", "");
      }
    }
    defaults.put(name, chosen == null ? "" : chosen);
  }
}
