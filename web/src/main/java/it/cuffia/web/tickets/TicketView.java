package it.cuffia.web.tickets;

import it.cuffia.channels.application.MailReplies;
import it.cuffia.channels.application.ReplyTemplates;
import it.cuffia.channels.domain.ReplyTemplate;
import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaStatus;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketChange;
import it.cuffia.ticketing.domain.TicketNote;
import it.cuffia.ticketing.domain.TicketState;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** One ticket: its data, SLA, the actions its state allows, notes and timeline. */
@Named
@ViewScoped
public class TicketView implements Serializable {

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Inject
    private it.cuffia.identity.application.UserService users;

    @Inject
    private MailReplies replies;

    @Inject
    private ReplyTemplates replyTemplates;

    /** The signed-in user: what they may do with the ticket is the domain's answer. */
    private it.cuffia.identity.domain.AppUser me;

    private Long id;
    private Ticket ticket;
    private List<TicketChange> timeline = List.of();
    private List<TicketNote> notes = List.of();
    private int escalateTo = 2;
    private String reason;
    private String resolutionCode;
    private String noteText;
    private boolean noteVisible;
    /** The note is an answer that goes to the customer by e-mail, with these files of the ticket. */
    private boolean noteEmail;
    private List<Long> mailFiles = new java.util.ArrayList<>();
    /** From the client's mailbox to the customer's address; null when the ticket cannot be answered by e-mail. */
    private MailReplies.Route mailRoute;
    private List<ReplyTemplate> templates = List.of();
    private Long templateId;
    private Priority priority;
    private List<it.cuffia.ticketing.domain.TicketAttachment> attachments = List.of();

    public void load() {
        if (me == null) {
            me = users.me();
        }
        ticket = tickets.get(ViewParameterGuard.required(id, "ticket"));
        priority = ticket.getPriority();
        // the menu offers the levels above the ticket's: a level already reached is shown disabled, and a disabled
        // choice is not sent with the form (escalating a level-2 ticket said "level 0 does not exist")
        escalateTo = Math.min(3, ticket.getLevel() + 1);
        timeline = tickets.timeline(id);
        notes = tickets.notes(id);
        attachments = tickets.attachments(id);
        mailRoute = replies.route(id).orElse(null);
        templates = replyTemplates.forTicket(id);
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        byte[] content;
        try (java.io.InputStream in = file.getInputStream()) {
            // up to the limit and one byte more: a larger file is refused without being read whole
            content = it.cuffia.ticketing.domain.AttachmentPolicy.read(file.getFileName(), in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading the upload " + file.getFileName(), e);
        }
        tickets.attach(id, file.getFileName(), file.getContentType(), content);
        Messages.info("attachment.added", file.getFileName());
        load();
    }

    public org.primefaces.model.StreamedContent download(it.cuffia.ticketing.domain.TicketAttachment row) {
        it.cuffia.ticketing.domain.TicketAttachment attachment = tickets.attachment(id, row.getId());
        byte[] content = attachment.getContent();
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(attachment.getFileName()).contentType(attachment.getContentType()).contentLength((long) content.length)
                .stream(() -> new java.io.ByteArrayInputStream(content)).build();
    }

    public List<it.cuffia.ticketing.domain.TicketAttachment> getAttachments() {
        return attachments;
    }

    /** The page previews of a faxed document (issue 14), first page first. */
    public List<it.cuffia.ticketing.domain.TicketAttachment> getFaxPages() {
        return attachments.stream().filter(a -> it.cuffia.channels.domain.FaxPages.isPreview(a.getFileName(), a.getContentType()))
                .sorted(java.util.Comparator.comparing(it.cuffia.ticketing.domain.TicketAttachment::getFileName)).toList();
    }

    public void take() { after(tickets.take(id, ticket.getVersion()), "ticket.taken"); }
    public void waitForCustomer() { after(tickets.waitForCustomer(id, ticket.getVersion()), "saved"); }
    public void resume() { after(tickets.resume(id, ticket.getVersion()), "saved"); }
    public void close() { after(tickets.close(id, ticket.getVersion()), "saved"); }

    public void escalate() {
        after(tickets.escalate(id, ticket.getVersion(), escalateTo, reason), "ticket.escalated");
        reason = null;
    }

    public void resolve() {
        after(tickets.resolve(id, ticket.getVersion(), resolutionCode), "ticket.resolved");
        resolutionCode = null;
    }

    public void reopen() {
        after(tickets.reopen(id, ticket.getVersion(), reason), "saved");
        reason = null;
    }

    public void changePriority() {
        after(tickets.changePriority(id, ticket.getVersion(), priority), "saved");
    }

    public void addNote() {
        if (noteEmail && mailRoute != null) {
            replies.answer(id, noteText, mailFiles);
            Messages.info("reply.sent", mailRoute.to());
        } else {
            tickets.addNote(id, noteText, noteVisible);
        }
        noteText = null;
        noteVisible = false;
        noteEmail = false;
        mailFiles = new java.util.ArrayList<>();
        templateId = null;
        load();
    }

    /** What goes by e-mail is what the customer sees: the box says so before saving. */
    public void emailChosen() {
        if (noteEmail) {
            noteVisible = true;
        }
    }

    /** The chosen text module, filled in from the ticket, goes below what the agent has written so far (the menu keeps its name). */
    public void insertTemplate() {
        if (templateId == null) {
            return;
        }
        String filled = replyTemplates.fill(id, templateId, Messages.locale());
        noteText = noteText == null || noteText.isBlank() ? filled : noteText.stripTrailing() + "\n\n" + filled;
    }

    private void after(Ticket saved, String messageKey) {
        Messages.info(messageKey, String.valueOf(saved.getId()));
        load();
    }

    public boolean can(String state) {
        TicketState next = TicketState.valueOf(state);
        // reopening is any staff member's (the customer calls back); the other moves are the ticket's workers'
        return ticket != null && ticket.getState().canMoveTo(next) && (next == TicketState.REOPENED || isWorkable());
    }

    public boolean isActive() {
        return ticket != null && ticket.getState().isActive();
    }

    /** {@link Ticket#canBeTakenBy}: an agent an unassigned front-line ticket, a supervisor any unassigned one. */
    public boolean isTakeable() {
        return ticket != null && ticket.canBeTakenBy(me);
    }

    /** {@link Ticket#canBeWorkedBy}: its owner or assignee, or a supervisor. */
    public boolean isWorkable() {
        return ticket != null && ticket.canBeWorkedBy(me);
    }

    /** A colleague works on this active ticket: the page says so instead of offering actions that would be refused. */
    public boolean isAssignedToSomeoneElse() {
        return isActive() && ticket.getAssignee() != null && !isWorkable();
    }

    public SlaStatus getSla() {
        return ticket.slaStatus(clock.instant());
    }

    public SlaStatus getFirstResponseSla() {
        return ticket.firstResponseStatus(clock.instant());
    }

    public Priority[] getPriorities() { return Priority.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Ticket getTicket() { return ticket; }
    public List<TicketChange> getTimeline() { return timeline; }
    public List<TicketNote> getNotes() { return notes; }
    public int getEscalateTo() { return escalateTo; }
    public void setEscalateTo(int escalateTo) { this.escalateTo = escalateTo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getResolutionCode() { return resolutionCode; }
    public void setResolutionCode(String resolutionCode) { this.resolutionCode = resolutionCode; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public boolean isNoteVisible() { return noteVisible; }
    public void setNoteVisible(boolean noteVisible) { this.noteVisible = noteVisible; }
    public boolean isNoteEmail() { return noteEmail; }
    public void setNoteEmail(boolean noteEmail) { this.noteEmail = noteEmail; }
    public List<Long> getMailFiles() { return mailFiles; }
    public void setMailFiles(List<Long> mailFiles) { this.mailFiles = mailFiles; }
    public MailReplies.Route getMailRoute() { return mailRoute; }
    public String getMailLabel() { return mailRoute == null ? null : Messages.text("ticket.note.email", mailRoute.to()); }
    public List<ReplyTemplate> getTemplates() { return templates; }
    public Long getTemplateId() { return templateId; }
    public void setTemplateId(Long templateId) { this.templateId = templateId; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
}
