package it.cuffia.web.api;

import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.ticketing.application.NewTicket;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketChange;
import it.cuffia.ticketing.domain.TicketNote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Tickets through the API: the same service, the same rules as the agent console.
 * Application scoped (issue 17): it holds only the services it calls, and a request-scoped resource made Weld
 * look its EJBs up in JNDI again on every request (a hot path: dispatch, ticket creation).
 */
@Path("tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketResource {

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Inject
    private it.cuffia.channels.application.MailReplies replies;

    public record TicketJson(Long id, long version, Long clientId, Long customerId, String customer, String category,
                             String priority, String channel, String subject, String description, String state, int level,
                             String owner, String assignee, Instant openedAt, Instant firstResponseDue,
                             Instant resolutionDue, String sla, String resolutionCode, boolean escalated, Instant firstResponseAt) {
        static TicketJson of(Ticket t, Instant now) {
            return new TicketJson(t.getId(), t.getVersion(), t.getClient().getId(), t.getCustomer().getId(),
                    t.getCustomer().getFullName(), t.getCategory().name(), t.getPriority().name(), t.getChannel().name(),
                    t.getSubject(), t.getDescription(), t.getState().name(), t.getLevel(),
                    t.getOwner() == null ? null : t.getOwner().getUsername(),
                    t.getAssignee() == null ? null : t.getAssignee().getUsername(), t.getOpenedAt(),
                    t.getFirstResponseDue(), t.getResolutionDue(), t.slaStatus(now).name(), t.getResolutionCode(), t.isEscalated(),
                    t.getFirstResponseAt());
        }
    }

    public record ChangeJson(Instant at, String by, String field, String from, String to, String reason) {
        static ChangeJson of(TicketChange c) {
            var change = c.getChange();
            return new ChangeJson(change.getChangedAt(), change.getChangedBy(), change.getField(), change.getOldValue(),
                    change.getNewValue(), c.getReason());
        }
    }

    public record NoteJson(Instant at, String by, String text, boolean customerVisible, boolean fromCustomer, String emailedTo) {
        static NoteJson of(TicketNote n) {
            return new NoteJson(n.getWrittenAt(), n.getAuthor(), n.getText(), n.isCustomerVisible(), n.isFromCustomer(), n.getEmailedTo());
        }
    }

    /** A move of the state machine: take, escalate, wait, resume, resolve, reopen, close; assign (supervisors). */
    public static class TransitionJson {
        @NotBlank
        private String action;
        @NotNull
        private Long version;
        private Integer level;
        @Size(max = 1000)
        private String reason;
        @Size(max = 40)
        private String resolutionCode;
        /** For "assign": the username of the agent to hand the ticket to; null puts it back in its queue. */
        @Size(max = 60)
        private String assignee;

        public String getAction() { return action; }
        public void setAction(String action) { this.action = action; }
        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public Integer getLevel() { return level; }
        public void setLevel(Integer level) { this.level = level; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getResolutionCode() { return resolutionCode; }
        public void setResolutionCode(String resolutionCode) { this.resolutionCode = resolutionCode; }
        public String getAssignee() { return assignee; }
        public void setAssignee(String assignee) { this.assignee = assignee; }
    }

    public static class NewNoteJson {
        @NotBlank
        @Size(max = 4000)
        private String text;
        private boolean customerVisible;
        /** Also send it to the customer by e-mail (it is then visible to the customer), with these files of the ticket. */
        private boolean email;
        @Size(max = 20)
        private List<Long> attachmentIds;

        public boolean isEmail() { return email; }
        public void setEmail(boolean email) { this.email = email; }
        public List<Long> getAttachmentIds() { return attachmentIds; }
        public void setAttachmentIds(List<Long> attachmentIds) { this.attachmentIds = attachmentIds; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public boolean isCustomerVisible() { return customerVisible; }
        public void setCustomerVisible(boolean customerVisible) { this.customerVisible = customerVisible; }
    }

    @GET
    @Operation(summary = "Tickets of the caller's clients; view = mine | queue | active | breached",
               description = "Counted up to 10 000 rows past first: \"more\": true says the list holds more than \"total\".")
    public CustomerResource.PageJson<TicketJson> list(@QueryParam("view") String view,
                                                      @QueryParam("state") String state,
                                                      @QueryParam("level") Integer level,
                                                      @QueryParam("clientId") Long clientId,
                                                      @QueryParam("q") String q,
                                                      @QueryParam("first") @DefaultValue("0") int first,
                                                      @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        Map<String, String> filters = new HashMap<>();
        if (view != null) filters.put("view", view);
        if (state != null) filters.put("state", state);
        if (level != null) filters.put("level", level.toString());
        if (clientId != null) filters.put("clientId", clientId.toString());
        if (q != null) filters.put("q", q);
        Page<Ticket> page = tickets.page(new PageRequest(first, size, null, true, filters).countingUpTo(PageRequest.COUNT_LIMIT));
        Instant now = clock.instant();
        return CustomerResource.PageJson.of(page, t -> TicketJson.of(t, now), first, size);
    }

    @POST
    @Operation(summary = "Opens a ticket; an agent opening it becomes its owner")
    public Response open(@NotNull @Valid NewTicket body) {
        Ticket ticket = tickets.open(body);
        return Response.created(UriBuilder.fromResource(TicketResource.class).path("{id}").build(ticket.getId()))
                .entity(TicketJson.of(ticket, clock.instant())).build();
    }

    @GET
    @Path("{id}")
    public TicketJson get(@PathParam("id") Long id) {
        return TicketJson.of(tickets.get(id), clock.instant());
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Moves the ticket: take, escalate (level, reason), wait, resume, resolve (resolutionCode), reopen (reason), close; assign (assignee, supervisors: null puts it back in its queue)")
    public TicketJson move(@PathParam("id") Long id, @NotNull @Valid TransitionJson body) {
        long version = body.getVersion();
        Ticket ticket = switch (body.getAction()) {
            case "take" -> tickets.take(id, version);
            case "escalate" -> tickets.escalate(id, version, body.getLevel() == null ? 0 : body.getLevel(), body.getReason());
            case "wait" -> tickets.waitForCustomer(id, version);
            case "resume" -> tickets.resume(id, version);
            case "resolve" -> tickets.resolve(id, version, body.getResolutionCode());
            case "reopen" -> tickets.reopen(id, version, body.getReason());
            case "close" -> tickets.close(id, version);
            case "assign" -> tickets.assign(id, version, body.getAssignee());
            default -> throw new DomainException("ticket.action.unknown", body.getAction());
        };
        return TicketJson.of(ticket, clock.instant());
    }

    @POST
    @Path("{id}/notes")
    public Response addNote(@PathParam("id") Long id, @NotNull @Valid NewNoteJson body) {
        TicketNote note = body.isEmail() ? replies.answer(id, body.getText(), body.getAttachmentIds())
                : tickets.addNote(id, body.getText(), body.isCustomerVisible());
        return Response.status(Response.Status.CREATED).entity(NoteJson.of(note)).build();
    }

    @GET
    @Path("{id}/timeline")
    public List<ChangeJson> timeline(@PathParam("id") Long id) {
        return tickets.timeline(id).stream().map(ChangeJson::of).toList();
    }

    @GET
    @Path("{id}/notes")
    public List<NoteJson> notes(@PathParam("id") Long id) {
        return tickets.notes(id).stream().map(NoteJson::of).toList();
    }

    public record AttachmentJson(Long id, String fileName, String contentType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt) {
        static AttachmentJson of(it.cuffia.ticketing.domain.TicketAttachment a) {
            return new AttachmentJson(a.getId(), a.getFileName(), a.getContentType(), a.getSize(), a.getSha256(),
                    a.getUploadedBy(), a.getUploadedAt());
        }
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attaches the request body as a file (Content-Type = the file's type, which its content must have; at most 5 MB)")
    public Response attach(@PathParam("id") Long id, @QueryParam("fileName") String fileName,
                           @jakarta.ws.rs.HeaderParam("Content-Type") String contentType, java.io.InputStream body) {
        // read up to the limit and one byte more: a larger body is refused without being read whole
        byte[] content = it.cuffia.ticketing.domain.AttachmentPolicy.read(fileName, body);
        return Response.status(Response.Status.CREATED)
                .entity(AttachmentJson.of(tickets.attach(id, fileName, contentType, content))).build();
    }

    @GET
    @Path("{id}/attachments")
    public List<AttachmentJson> attachments(@PathParam("id") Long id) {
        return tickets.attachments(id).stream().map(AttachmentJson::of).toList();
    }

    @GET
    @Path("{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") Long id, @PathParam("attachmentId") Long attachmentId) {
        it.cuffia.ticketing.domain.TicketAttachment a = tickets.attachment(id, attachmentId);
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", ContentDisposition.attachment(a.getFileName()))
                .header("Digest", "sha-256=" + a.getSha256()).build();
    }
}
