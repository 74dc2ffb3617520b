package org.corkboard.audit.web;

import java.util.List;
import java.util.Map;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.audit.entity.AuditSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log's table, a page at a time: the database filters, sorts and pages it; the table's
 * column sorts become an {@link AuditSort}, newest first when none is chosen.
 */
public class AuditEntriesModel extends LazyDataModel<AuditEntry> {

  private static final long serialVersionUID = 1L;

  private final AuditLog auditLog;
  private final AuditFilter filter;

  public AuditEntriesModel(AuditLog auditLog, AuditFilter filter) {
    this.auditLog = auditLog;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> columnFilters) {
    return (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter));
  }

  @Override
  public List<AuditEntry> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> unused) {
    return auditLog.search(filter, sort(sortBy), first, pageSize);
  }

  static AuditSort sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(meta -> meta.isActive() && !meta.getOrder().isUnsorted())
        .findFirst()
        .map(meta -> AuditSort.by(meta.getField(), meta.getOrder().isAscending()))
        .orElse(AuditSort.NEWEST_FIRST);
  }

  @Override
  public String getRowKey(AuditEntry entry) {
    return String.valueOf(entry.getId());
  }

  @Override
  public AuditEntry getRowData(String rowKey) {
    return null;
  }
}
