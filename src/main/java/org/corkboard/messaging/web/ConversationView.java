package org.corkboard.messaging.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corkboard.messaging.boundary.AttachmentEntry;
import org.corkboard.messaging.boundary.ConversationPage;
import org.corkboard.messaging.boundary.Conversations;
import org.corkboard.messaging.boundary.MessageEntry;
import org.corkboard.platform.web.Actions;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** inbox/conversation.xhtml (/inbox/{id}): the messages, the send box and what one can do. */
@Named
@ViewScoped
public class ConversationView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH).withZone(ZONE);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZONE);

  @Inject Conversations conversations;
  @Inject OpenSockets sockets;
  @Inject Clock clock;

  private Long id;
  private ConversationPage page;
  private String text;
  private List<AttachmentEntry> waiting = List.of();

  /** On opening the page, and again on a live hint: what is shown is then read. */
  public void load() {
    page = conversations.open(id);
    waiting = page.waiting();
  }

  /** "online now", "active 5 minutes ago" for the other person, or null if unknown. */
  public String getPresence() {
    return PresenceWording.of(
        sockets.isOpen(page.other().id()), page.otherLastActive(), clock.instant());
  }

  public String send() {
    if (!Actions.succeeded(() -> conversations.send(id, text))) {
      return null;
    }
    return reload();
  }

  /** A file chosen to send with the next message: checked and kept until the message is sent. */
  public void attach(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    Actions.succeeded(
        () -> {
          var added = new ArrayList<>(waiting);
          added.add(conversations.attach(id, file.getContent(), file.getFileName()));
          waiting = List.copyOf(added);
        });
  }

  public void detach(long attachmentId) {
    if (Actions.succeeded(() -> conversations.detach(id, attachmentId))) {
      waiting = waiting.stream().filter(a -> a.id() != attachmentId).toList();
    }
  }

  /** A file's size as people read it: "820 KB", "2.4 MB". */
  public String size(int bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** The files waiting to go with the next message. */
  public List<AttachmentEntry> getWaiting() {
    return waiting;
  }

  public String archive(boolean archived) {
    if (!Actions.succeeded(() -> conversations.archive(id, archived))) {
      return null;
    }
    Actions.confirm(
        archived
            ? "Archived: it comes back to your inbox with the next message."
            : "Back in your inbox.");
    return reload();
  }

  public String block() {
    if (!Actions.succeeded(() -> conversations.block(page.other().id()))) {
      return null;
    }
    Actions.confirm(
        page.other().displayName()
            + " can no longer write to you. You can unblock them here or in your account.");
    return reload();
  }

  public String unblock() {
    if (!Actions.succeeded(() -> conversations.unblock(page.other().id()))) {
      return null;
    }
    Actions.confirm(page.other().displayName() + " can write to you again.");
    return reload();
  }

  /** After a successful POST: the conversation's page again, at its own address. */
  private String reload() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + InboxAddress.of(id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** The day above the message at {@code index}, if it is the first of its day; else null. */
  public String dayBefore(int index) {
    List<MessageEntry> messages = page.messages();
    LocalDate day = LocalDate.ofInstant(messages.get(index).sentAt(), ZONE);
    boolean first =
        index == 0 || !day.equals(LocalDate.ofInstant(messages.get(index - 1).sentAt(), ZONE));
    return first ? DAY.format(messages.get(index).sentAt()) : null;
  }

  public String time(Instant instant) {
    return TIME.format(instant);
  }

  public ConversationPage getPage() {
    return page;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
