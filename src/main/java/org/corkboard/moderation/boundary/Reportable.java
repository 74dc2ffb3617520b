package org.corkboard.moderation.boundary;

import org.corkboard.account.entity.Account;
import org.corkboard.moderation.entity.SubjectKind;

/**
 * Something a person may report: its kind and id, how the report form names it, and whose it is.
 */
public record Reportable(SubjectKind kind, long id, String title, String link, Account owner) {}
