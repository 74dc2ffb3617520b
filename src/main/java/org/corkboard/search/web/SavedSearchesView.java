package org.corkboard.search.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corkboard.platform.web.Actions;
import org.corkboard.search.boundary.SavedSearchEntry;
import org.corkboard.search.boundary.SavedSearches;
import org.corkboard.search.entity.Frequency;

/**
 * account/saved-searches.xhtml: one's saved searches, to run, rename, pause or resume, change how
 * soon they tell of new listings, or delete.
 */
@Named
@ViewScoped
public class SavedSearchesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String RELOAD = "/account/saved-searches?faces-redirect=true";

  @Inject SavedSearches savedSearches;

  private List<SavedSearchEntry> searches;
  private final Map<Long, String> names = new HashMap<>();

  /** Each search's choice as the page sends it: a name of {@link Frequency}, or anything. */
  private final Map<Long, String> frequencies = new HashMap<>();

  public void load() {
    searches = savedSearches.mine();
    for (SavedSearchEntry search : searches) {
      names.put(search.id(), search.name());
      frequencies.put(search.id(), search.frequency().name());
    }
  }

  public String change(long id) {
    return act(
        () -> savedSearches.change(id, names.get(id), Frequencies.named(frequencies.get(id))),
        "Your saved search is changed.");
  }

  public String pause(long id, boolean paused) {
    return act(
        () -> savedSearches.pause(id, paused),
        paused
            ? "The search is paused: it tells you of nothing until you resume it."
            : "The search is resumed: you will hear of new listings it finds.");
  }

  public String delete(long id) {
    return act(() -> savedSearches.delete(id), "The saved search is deleted.");
  }

  private static String act(Runnable action, String confirmation) {
    if (!Actions.succeeded(action)) {
      return null;
    }
    Actions.confirm(confirmation);
    return RELOAD;
  }

  public List<SavedSearchEntry> getSearches() {
    return searches;
  }

  public Map<Long, String> getNames() {
    return names;
  }

  public Map<Long, String> getFrequencies() {
    return frequencies;
  }

  public List<Frequency> getChoices() {
    return List.of(Frequency.values());
  }

  public int getMaximum() {
    return SavedSearches.MAX_PER_PERSON;
  }
}
