package it.cuffia.web.api;

import it.cuffia.outbound.application.DoNotCallService;
import it.cuffia.outbound.domain.DoNotCallEntry;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The internal do-not-call list, as the admin keeps it on its screen (admins only). */
@Path("do-not-call")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DoNotCallResource {

    @Inject
    private DoNotCallService doNotCall;

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.SecurityContext security;

    /** clientId null: the number is not called for any client. */
    public record EntryJson(Long id, Long clientId, String client, String number, String reason, Instant addedAt, String addedBy) {
        static EntryJson of(DoNotCallEntry e) {
            return new EntryJson(e.getId(), e.isGlobal() ? null : e.getClient().getId(), e.isGlobal() ? null : e.getClient().getName(),
                    e.getNumber(), e.getReason(), e.getAddedAt(), e.getAddedBy());
        }
    }

    public static class NewEntryJson {
        private Long clientId;
        @NotBlank
        @Size(max = 30)
        private String number;
        @Size(max = 200)
        private String reason;

        public Long getClientId() { return clientId; }
        public void setClientId(Long clientId) { this.clientId = clientId; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GET
    @Operation(summary = "Entries of the list, newest first; q searches the number")
    public CustomerResource.PageJson<EntryJson> list(@QueryParam("q") String q,
                                                     @QueryParam("first") @DefaultValue("0") int first,
                                                     @QueryParam("size") @DefaultValue("20") int size) {
        admin();
        Paging.check(first, size);
        Map<String, String> filters = q == null || q.isBlank() ? Map.of() : Map.of("number", q);
        Page<DoNotCallEntry> page = doNotCall.page(new PageRequest(first, size, "addedAt", false, filters));
        return new CustomerResource.PageJson<>(page.items().stream().map(EntryJson::of).toList(), page.total(), first, size);
    }

    @POST
    @Operation(summary = "Adds a number (any national or international format) for a client, or for all clients without clientId")
    public Response add(@NotNull @Valid NewEntryJson body) {
        admin();
        DoNotCallEntry entry = doNotCall.add(body.getClientId(), body.getNumber(), body.getReason());
        return Response.created(UriBuilder.fromResource(DoNotCallResource.class).path("{id}").build(entry.getId()))
                .entity(EntryJson.of(entry)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Removes an entry: the number may be called again")
    public Response remove(@PathParam("id") Long id) {
        admin();
        doNotCall.remove(id);
        return Response.noContent().build();
    }

    private void admin() {
        AdminOnly.require(security);
    }
}
