package org.corkboard.notification.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.corkboard.notification.boundary.NotificationEntry;
import org.corkboard.notification.boundary.Notifications;
import org.corkboard.platform.Pages;
import org.corkboard.platform.web.Actions;

/** notifications.xhtml: the notification centre, newest first, a page at a time. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int PAGE_SIZE = 30;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  @Inject Notifications notifications;

  private int page = 1;
  private List<NotificationEntry> entries;
  private long total;

  public void load() {
    entries = notifications.mine((Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
    total = notifications.countMine();
  }

  /** Marks the notification read and goes where it leads. */
  public void open(long id) throws IOException {
    String[] link = new String[1];
    if (Actions.succeeded(() -> link[0] = notifications.open(id))) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + link[0]);
    }
  }

  public String markAllRead() {
    if (!Actions.succeeded(notifications::markAllRead)) {
      return null;
    }
    Actions.confirm("All notifications are marked as read.");
    return "/notifications?faces-redirect=true";
  }

  public String when(Instant instant) {
    return WHEN.format(instant);
  }

  public List<NotificationEntry> getEntries() {
    return entries;
  }

  public boolean isAnyUnread() {
    return entries.stream().anyMatch(e -> !e.read());
  }

  public int getPages() {
    return Pages.count(total, PAGE_SIZE);
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
