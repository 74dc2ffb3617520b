package org.corkboard.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.corkboard.audit.boundary.AuditLog;
import org.corkboard.audit.entity.AuditEntry;
import org.corkboard.audit.entity.AuditFilter;
import org.corkboard.platform.Csv;

/**
 * The audit log of a filter (the page's parameters) as a CSV file, newest first, at most {@link
 * AuditLog#MAX_EXPORT} entries. Under /admin/audit/, so web.xml lets administrators alone reach it;
 * the service checks the role again. A GET that changes nothing, so it needs no form token.
 */
@WebServlet("/admin/audit/export")
public class AuditExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  static final List<String> HEADER =
      List.of(
          "id",
          "when",
          "actor_id",
          "actor",
          "action",
          "subject_kind",
          "subject_id",
          "before",
          "after",
          "reason");

  @Inject AuditLog auditLog;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    AuditFilter filter =
        AuditFilter.parse(
                request.getParameter("person"),
                request.getParameter("action"),
                request.getParameter("from"),
                request.getParameter("to"))
            .filter();
    List<AuditEntry> entries = auditLog.export(filter);
    response.setContentType("text/csv");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
    response.setHeader("Cache-Control", "private, no-store");
    Writer out = response.getWriter();
    out.write(Csv.line(HEADER));
    for (AuditEntry entry : entries) {
      out.write(Csv.line(row(entry)));
    }
  }

  private static List<String> row(AuditEntry entry) {
    return Arrays.asList(
        String.valueOf(entry.getId()),
        entry.getOccurredAt().toString(),
        entry.getActorId() == null ? null : String.valueOf(entry.getActorId()),
        entry.getActorUsername(),
        entry.getAction(),
        entry.getSubjectKind(),
        entry.getSubjectId(),
        entry.getBefore(),
        entry.getAfter(),
        entry.getReason());
  }
}
