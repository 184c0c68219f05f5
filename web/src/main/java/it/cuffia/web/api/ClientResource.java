package it.cuffia.web.api;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The client companies the caller may see. */
@Path("clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientResource {

    @Inject
    private ClientService clients;

    @Inject
    private it.cuffia.contact.application.InteractionService interactions;

    public record CtiKeyJson(Long clientId, String apiKey) {
    }

    @Inject
    private it.cuffia.ticketing.application.SlaTargetService slaTargets;

    public record SlaJson(@jakarta.validation.constraints.NotNull it.cuffia.ticketing.domain.TicketCategory category,
                          @jakarta.validation.constraints.NotNull it.cuffia.ticketing.domain.Priority priority,
                          int firstResponseMinutes, int resolutionMinutes) {
        static SlaJson of(it.cuffia.ticketing.domain.SlaTarget t) {
            return new SlaJson(t.getCategory(), t.getPriority(), t.getFirstResponseMinutes(), t.getResolutionMinutes());
        }
    }

    public record ClientJson(Long id, String code, String name, String vatNumber, boolean active) {
        static ClientJson of(Client c) {
            return new ClientJson(c.getId(), c.getCode(), c.getName(), c.getVatNumber(), c.isActive());
        }
    }

    @GET
    @Operation(summary = "Active clients in the caller's scope")
    public List<ClientJson> list() {
        return clients.choosable().stream().map(ClientJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client, if in the caller's scope")
    public ClientJson get(@PathParam("id") Long id) {
        return ClientJson.of(clients.get(id));
    }

    @jakarta.ws.rs.POST
    @Path("{id}/cti-key")
    @Operation(summary = "Admins: issues a new CTI API key for the client's PBX (shown once; the previous key stops working)")
    public CtiKeyJson issueCtiKey(@PathParam("id") Long id) {
        return new CtiKeyJson(id, interactions.issueCtiKey(id));
    }

    @GET
    @Path("{id}/sla")
    @Operation(summary = "The client's SLA targets, one per category and priority (its own or the standard)")
    public List<SlaJson> sla(@PathParam("id") Long id) {
        return slaTargets.targetsOf(id).stream().map(SlaJson::of).toList();
    }

    @jakarta.ws.rs.PUT
    @Path("{id}/sla")
    @jakarta.ws.rs.Consumes(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
    @Operation(summary = "Admins: sets one SLA target (minutes of the client's business time)")
    public SlaJson setSla(@PathParam("id") Long id, @jakarta.validation.constraints.NotNull @jakarta.validation.Valid SlaJson body) {
        return SlaJson.of(slaTargets.set(id, body.category(), body.priority(), body.firstResponseMinutes(), body.resolutionMinutes()));
    }
}
