package org.corkboard.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.boundary.InboxEntry;
import org.corkboard.messaging.boundary.InboxPage;
import org.corkboard.messaging.control.ConversationRepository.Filter;
import org.corkboard.platform.web.Actions;

/** inbox/index.xhtml: one's conversations, newest activity first, by filter, a page at a time. */
@Named
@ViewScoped
public class InboxView implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  @Inject Conversations conversations;
  @Inject Clock clock;

  private String show;
  private int page = 1;
  private InboxPage entries;

  public void load() {
    entries = conversations.inbox(getFilter(), (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
  }

  public String archive(long conversationId, boolean archived) {
    if (!Actions.succeeded(() -> conversations.archive(conversationId, archived))) {
      return null;
    }
    Actions.confirm(archived ? "Archived." : "Back in your inbox.");
    return "/inbox/index?faces-redirect=true&show=" + getFilter().name().toLowerCase(Locale.ROOT);
  }

  /** The filter the address asks for; an unknown one shows all. */
  public Filter getFilter() {
    for (Filter filter : Filter.values()) {
      if (filter.name().equalsIgnoreCase(show)) {
        return filter;
      }
    }
    return Filter.ALL;
  }

  public List<Filter> getFilters() {
    return List.of(Filter.values());
  }

  public List<InboxEntry> getEntries() {
    return entries.entries();
  }

  public long getTotal() {
    return entries.total();
  }

  public int getPages() {
    return (int) Math.max(1, (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** When the last message came: the time today, the day before. */
  public String when(Instant instant) {
    Instant startOfToday =
        clock
            .instant()
            .atZone(ZoneId.systemDefault())
            .toLocalDate()
            .atStartOfDay(ZoneId.systemDefault())
            .toInstant();
    return instant.isBefore(startOfToday) ? DAY.format(instant) : TIME.format(instant);
  }

  public String getShow() {
    return show;
  }

  public void setShow(String show) {
    this.show = show;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
