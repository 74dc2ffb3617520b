package org.corkboard.deadletter.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.corkboard.deadletter.boundary.DeadLetterRow;
import org.corkboard.deadletter.boundary.MailQueues;
import org.corkboard.deadletter.boundary.QueueState;
import org.corkboard.platform.web.Actions;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/mail/index.xhtml: the depths of the mail and notification queues, the mails waiting, and
 * the dead letters, a page at a time, each sent back to its queue or discarded, alone or chosen
 * together. After an action the page is read again (POST-redirect-GET).
 */
@Named
@ViewScoped
public class MailQueuesView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  @Inject MailQueues mailQueues;

  private List<QueueState> queues;
  private long mailsWaiting;
  private final LazyDataModel<DeadLetterRow> letters = new Letters();
  private List<DeadLetterRow> selection = new ArrayList<>();

  /** The table's rows, read a page at a time. */
  private class Letters extends LazyDataModel<DeadLetterRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) Math.min(Integer.MAX_VALUE, mailQueues.countDeadLetters());
    }

    @Override
    public List<DeadLetterRow> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      return mailQueues.deadLetters(first, pageSize);
    }

    @Override
    public String getRowKey(DeadLetterRow row) {
      return String.valueOf(row.id());
    }

    /** A chosen row, found on the page shown. */
    @Override
    public DeadLetterRow getRowData(String rowKey) {
      List<DeadLetterRow> shown = getWrappedData();
      return shown == null
          ? null
          : shown.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
  }

  /** The view action. */
  public void load() {
    queues = mailQueues.queues();
    mailsWaiting = mailQueues.mailsWaiting();
  }

  public void retry(long id) throws IOException {
    act(List.of(id), mailQueues::retry, "Sent back to the queue");
  }

  public void discard(long id) throws IOException {
    act(List.of(id), mailQueues::discard, "Discarded");
  }

  public void retrySelected() throws IOException {
    act(selectedIds(), mailQueues::retry, "Sent back to the queue");
  }

  public void discardSelected() throws IOException {
    act(selectedIds(), mailQueues::discard, "Discarded");
  }

  private void act(Collection<Long> ids, ToIntFunction<Collection<Long>> action, String done)
      throws IOException {
    int[] count = new int[1];
    if (!Actions.succeeded(() -> count[0] = action.applyAsInt(ids))) {
      return;
    }
    String messages = count[0] == 1 ? "1 message" : count[0] + " messages";
    String missed = count[0] < ids.size() ? " (the others were dealt with meanwhile)" : "";
    Actions.confirm(done + ": " + messages + missed + ".");
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/admin/mail/");
  }

  private List<Long> selectedIds() {
    return selection == null
        ? List.of()
        : selection.stream().filter(Objects::nonNull).map(DeadLetterRow::id).toList();
  }

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.format(instant);
  }

  public List<QueueState> getQueues() {
    return queues;
  }

  public long getMailsWaiting() {
    return mailsWaiting;
  }

  public LazyDataModel<DeadLetterRow> getLetters() {
    return letters;
  }

  public List<DeadLetterRow> getSelection() {
    return selection;
  }

  public void setSelection(List<DeadLetterRow> selection) {
    this.selection = selection;
  }
}
