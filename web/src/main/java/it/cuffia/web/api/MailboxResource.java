package it.cuffia.web.api;

import it.cuffia.channels.application.FetchResult;
import it.cuffia.channels.application.MailboxService;
import it.cuffia.channels.domain.InboundMail;
import it.cuffia.channels.domain.MailProtocol;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailboxSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The clients' inbound mailboxes, as the admin's Mailboxes page shows them (admins only); the password is written, never read. */
@Path("mailboxes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MailboxResource {

    @Inject
    private MailboxService mailboxes;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext security;

    public record MailboxJson(Long id, long version, Long clientId, String client, String address, MailProtocol protocol, String host,
                              int port, String username, boolean passwordSet, String folder, boolean active, boolean faxGateway,
                              boolean pollEnabled, String ackLanguage, String senderName, String signature, Instant lastPolledAt,
                              String lastPollError) {
        static MailboxJson of(Mailbox m) {
            return new MailboxJson(m.getId(), m.getVersion(), m.getClient().getId(), m.getClient().getName(), m.getAddress(), m.getProtocol(),
                    m.getHost(), m.getPort(), m.getUsername(), m.hasPassword(), m.getFolder(), m.isActive(), m.isFaxGateway(),
                    m.isPollEnabled(), m.getAckLanguage(), m.getSenderName(), m.getSignature(), m.getLastPolledAt(), m.getLastPollError());
        }
    }

    public record MessageJson(Long id, Long mailboxId, String messageId, Instant receivedAt, String from, String subject,
                              InboundMail.Outcome outcome, Long ticketId, InboundMail.Ack ack, String failure, long size) {
        static MessageJson of(InboundMail m) {
            return new MessageJson(m.getId(), m.getMailbox().getId(), m.getMessageId(), m.getReceivedAt(), m.getFromAddress(), m.getSubject(),
                    m.getOutcome(), m.getTicket() == null ? null : m.getTicket().getId(), m.getAck(), m.getFailure(), m.getRawSize());
        }
    }

    /** A mailbox to create; the password may be left out (set later) and is never returned. */
    public static class NewMailboxJson {
        @NotNull
        private Long clientId;
        private String address;
        private MailProtocol protocol = MailProtocol.IMAPS;
        private String host;
        private Integer port;
        private String username;
        @Size(max = 200)
        private String password;
        private String folder;
        private boolean active = true;
        private boolean faxGateway;
        private boolean pollEnabled = true;
        private String ackLanguage = "it";
        private String senderName;
        private String signature;

        MailboxSettings settings() {
            return new MailboxSettings(address, protocol, host, port, username, folder, active, faxGateway, pollEnabled, null, null, ackLanguage,
                    senderName, signature);
        }

        public String getSenderName() { return senderName; }
        public void setSenderName(String senderName) { this.senderName = senderName; }
        public String getSignature() { return signature; }
        public void setSignature(String signature) { this.signature = signature; }

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public MailProtocol getProtocol() { return protocol; }
        public void setProtocol(MailProtocol protocol) { this.protocol = protocol; }
        public String getHost() { return host; }
        public void setHost(String host) { this.host = host; }
        public Integer getPort() { return port; }
        public void setPort(Integer port) { this.port = port; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getFolder() { return folder; }
        public void setFolder(String folder) { this.folder = folder; }
        public boolean isActive() { return active; }
        public void setActive(boolean active) { this.active = active; }
        public boolean isFaxGateway() { return faxGateway; }
        public void setFaxGateway(boolean faxGateway) { this.faxGateway = faxGateway; }
        public boolean isPollEnabled() { return pollEnabled; }
        public void setPollEnabled(boolean pollEnabled) { this.pollEnabled = pollEnabled; }
        public String getAckLanguage() { return ackLanguage; }
        public void setAckLanguage(String ackLanguage) { this.ackLanguage = ackLanguage; }
    }

    @GET
    @Operation(summary = "Every client's mailboxes (the password only as set or not)")
    public List<MailboxJson> list() {
        AdminOnly.require(security);
        return mailboxes.all().stream().map(MailboxJson::of).toList();
    }

    @POST
    @Operation(summary = "Creates a client's mailbox; its password is sealed and never shown again")
    public Response create(@NotNull @Valid NewMailboxJson body) {
        AdminOnly.require(security);
        Mailbox mailbox = mailboxes.create(body.getClientId(), body.settings(), body.getPassword());
        return Response.created(UriBuilder.fromResource(MailboxResource.class).path("{id}").build(mailbox.getId()))
                .entity(MailboxJson.of(mailbox)).build();
    }

    @POST
    @Path("{id}/fetch")
    @Operation(summary = "Reads the mailbox now, once: the messages fetched and what became of them")
    public FetchResult fetch(@PathParam("id") Long id) {
        AdminOnly.require(security);
        return mailboxes.fetchNow(id);
    }

    @GET
    @Path("messages")
    @Operation(summary = "The latest messages received, newest first, with what became of each")
    public List<MessageJson> messages(@QueryParam("max") @DefaultValue("50") int max) {
        AdminOnly.require(security);
        Paging.check(0, max);
        return mailboxes.recent(max).stream().map(MessageJson::of).toList();
    }

    @GET
    @Path("messages/{id}/eml")
    @Produces("message/rfc822")
    @Operation(summary = "A message as it arrived")
    public Response eml(@PathParam("id") Long id) {
        AdminOnly.require(security);
        InboundMail message = mailboxes.message(id);
        return Response.ok(message.getRaw(), "message/rfc822")
                .header("Content-Disposition", "attachment; filename=\"message-" + id + ".eml\"").build();
    }
}
