package org.corkboard.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.corkboard.platform.web.Actions;
import org.corkboard.search.boundary.SavedSearches;
import org.corkboard.search.control.SavedQuery;
import org.corkboard.search.entity.Frequency;

/**
 * The "Save this search" form (WEB-INF/includes/save-search.xhtml) on the search page, which keeps
 * no state: the form's fields are read from the request, and after saving the same search is shown
 * again (POST-redirect-GET). Also where "sign in to save this search" returns to.
 */
@Named
@RequestScoped
public class SaveSearchView {

  static final String QUERY = "query";
  static final String NAME = "name";
  static final String FREQUENCY = "frequency";

  @Inject SavedSearches savedSearches;

  private String query;

  public void save() throws IOException {
    Map<String, String> form = external().getRequestParameterMap();
    String name = form.get(NAME);
    String[] saved = new String[1];
    if (Actions.succeeded(
        () ->
            saved[0] =
                savedSearches.save(
                    form.get(QUERY), name, Frequencies.named(form.get(FREQUENCY))))) {
      Actions.confirm(
          "Your search “"
              + name.strip()
              + "” is saved. Your saved searches are in your account menu.");
      toSearch(saved[0]);
    }
  }

  /** Back from signing in: on to the search and its form. */
  public void backToSearch() throws IOException {
    toSearch(SavedQuery.canonical(query) + "#saveSearch");
  }

  /** The address that signs in and comes back to the search of the query string. */
  public String signInAddress(String query) {
    return external().getRequestContextPath()
        + "/account/save-search?query="
        + URLEncoder.encode(SavedQuery.canonical(query), StandardCharsets.UTF_8);
  }

  public List<Frequency> getFrequencies() {
    return List.of(Frequency.values());
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  private static void toSearch(String canonicalQuery) throws IOException {
    ExternalContext external = external();
    external.redirect(external.getRequestContextPath() + "/search?" + canonicalQuery);
  }

  private static ExternalContext external() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
