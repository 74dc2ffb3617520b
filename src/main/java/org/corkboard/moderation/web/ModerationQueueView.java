package org.corkboard.moderation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.corkboard.moderation.boundary.ModerationQueue;
import org.corkboard.moderation.boundary.ModerationQueue.Entry;
import org.corkboard.moderation.entity.QueueFilter;
import org.corkboard.moderation.entity.ReportReason;
import org.corkboard.moderation.entity.SubjectKind;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/moderation/index.xhtml?kind=…&amp;reason=…&amp;owner=…: the waiting cases, paged in the
 * database; the filters are GET parameters, so a filtered queue can be bookmarked.
 */
@Named
@ViewScoped
public class ModerationQueueView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModerationQueue queue;

  private SubjectKind kind;
  private ReportReason reason;
  private String owner;
  private final LazyDataModel<Entry> cases = new Cases();

  /** The queue's rows, read a page at a time. */
  private class Cases extends LazyDataModel<Entry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) queue.countWaiting(filter());
    }

    @Override
    public List<Entry> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      ModerationQueue.Page page = queue.waiting(filter(), first, pageSize);
      setRowCount((int) page.total());
      return page.entries();
    }

    @Override
    public String getRowKey(Entry entry) {
      return String.valueOf(entry.caseId());
    }

    @Override
    public Entry getRowData(String rowKey) {
      return null;
    }
  }

  private QueueFilter filter() {
    return new QueueFilter(kind, reason, owner);
  }

  public LazyDataModel<Entry> getCases() {
    return cases;
  }

  public List<SubjectKind> getKinds() {
    return List.of(SubjectKind.values());
  }

  public List<ReportReason> getReasons() {
    return List.of(ReportReason.values());
  }

  public SubjectKind getKind() {
    return kind;
  }

  public void setKind(SubjectKind kind) {
    this.kind = kind;
  }

  public ReportReason getReason() {
    return reason;
  }

  public void setReason(ReportReason reason) {
    this.reason = reason;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
