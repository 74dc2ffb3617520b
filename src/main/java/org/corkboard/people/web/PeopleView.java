package org.corkboard.people.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.corkboard.account.boundary.AccountDirectory;

/**
 * admin/people/index.xhtml?q=…: the people whose name, username or e-mail address contains the text
 * (a search is bookmarkable), in a table paged and sorted in the database.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject AccountDirectory directory;

  private String q;
  private PeopleModel people;

  public void load() {
    people = new PeopleModel(directory, q);
  }

  /** When the account was made, to the day. */
  public String when(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  public PeopleModel getPeople() {
    return people;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
