package org.corkboard.platform.robustness;

import java.util.ArrayList;
import java.util.List;

/**
 * The Ajax requests a form's page makes (a field's change, a button's Ajax action, an upload), as
 * PrimeFaces sends them, and the same with the field's value malformed.
 */
public final class AjaxMutations {

  private AjaxMutations() {}

  public static List<Mutation> of(HtmlForm form, List<Html.Ajax> calls, String button) {
    List<Mutation> mutations = new ArrayList<>();
    for (Html.Ajax call : calls) {
      if (!call.form().equals(form.id())) {
        continue;
      }
      String what =
          "Ajax " + (call.event() == null ? "click" : call.event()) + " on " + call.source();
      mutations.add(ajax(what, call, button));
      Mutation forged = ajax(what, call, button);
      mutations.add(
          new Mutation(
              what + " of a page the server does not know",
              s -> {
                forged.change().accept(s);
                s.params.put(HtmlForm.VIEW_STATE, "forged");
              }));
      if (call.event() != null) {
        for (Malformed value : Malformed.few()) {
          Mutation request = ajax(what, call, button);
          mutations.add(
              new Mutation(
                  what + " with " + call.source() + "=" + value,
                  s -> {
                    request.change().accept(s);
                    s.params.put(call.source(), value.value());
                  }));
        }
      }
    }
    return mutations;
  }

  /**
   * An upload through PrimeFaces' Ajax uploader (its advanced mode): the file goes under the
   * component's id, not under the file input's name, beside the form's fields and the number of
   * files chosen.
   */
  public static Mutation asUpload(Mutation upload, String field) {
    String component = uploader(field);
    return new Mutation(
        upload.what() + " (Ajax upload)",
        s -> {
          s.ajax(component, null, component, "@none");
          s.params.remove(component);
          s.params.put(filesCount(field), "1");
          upload.change().accept(s);
          s.files.replaceAll(f -> f.field().equals(field) ? f.under(component) : f);
        });
  }

  /** A picture uploaded with the number of files chosen missing or malformed. */
  public static List<Mutation> uploadCounts(String field) {
    Mutation picture = asUpload(FileMutations.of(field).get(0), field);
    List<Mutation> mutations = new ArrayList<>();
    mutations.add(
        new Mutation(
            picture.what() + ", files not counted",
            s -> {
              picture.change().accept(s);
              s.params.remove(filesCount(field));
            }));
    for (Malformed count : Malformed.few()) {
      mutations.add(
          new Mutation(
              picture.what() + ", files counted " + count,
              s -> {
                picture.change().accept(s);
                s.params.put(filesCount(field), count.value());
              }));
    }
    return mutations;
  }

  /** The parameter in which the Ajax uploader tells how many files were chosen at once. */
  public static String filesCount(String fileField) {
    return uploader(fileField) + "_totalFilesCount";
  }

  /** The id of the upload component whose file input has the name. */
  public static String uploader(String fileField) {
    return fileField.replaceFirst("_input$", "");
  }

  private static Mutation ajax(String what, Html.Ajax call, String button) {
    return new Mutation(
        what,
        s -> {
          if (button != null) {
            s.params.remove(button);
          }
          s.ajax(call.source(), call.event(), call.process(), call.update());
        });
  }
}
