package org.corkboard.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.corkboard.account.boundary.CurrentAccount;
import org.corkboard.moderation.boundary.Reports;
import org.corkboard.moderation.entity.SubjectKind;

/**
 * Whether the signed-in person reported what a page shows ("Reported" instead of the link): one
 * query per kind and request, whatever the page shows.
 */
@Named
@RequestScoped
public class ReportLinks {

  @Inject Reports reports;
  @Inject CurrentAccount current;

  private final Map<SubjectKind, Set<Long>> reported = new EnumMap<>(SubjectKind.class);

  public boolean reported(String kind, long id) {
    if (!current.isSignedIn()) {
      return false;
    }
    SubjectKind subjectKind = SubjectKind.valueOf(kind);
    return reported.computeIfAbsent(subjectKind, reports::reportedByMe).contains(id);
  }
}
