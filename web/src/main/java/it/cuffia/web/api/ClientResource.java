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
}
