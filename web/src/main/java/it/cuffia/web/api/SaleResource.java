package it.cuffia.web.api;

import it.cuffia.outbound.application.SaleService;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import jakarta.enterprise.context.RequestScoped;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sales of the caller's clients, and their cancellation (supervisors, the clients' sales staff, admins). */
@Path("sales")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SaleResource {

    @Inject
    private SaleService sales;

    public record SaleJson(Long id, Long campaignId, String campaign, Long customerId, String agent, Instant soldAt, BigDecimal total,
                           boolean consentOk, LocalDate cancelledOn, String cancelReason, String cancelledBy) {
        static SaleJson of(Sale s) {
            return new SaleJson(s.getId(), s.getCampaign().getId(), s.getCampaign().getName(), s.getCustomer().getId(),
                    s.getAgent().getUsername(), s.getSoldAt(), s.getTotal().amount(), s.isConsentOk(), s.getCancelledOn(),
                    s.getCancelReason(), s.getCancelledBy());
        }
    }

    public static class CancellationJson {
        /** The day the customer withdrew; today when absent. */
        private LocalDate on;
        @NotBlank
        @Size(max = 300)
        private String reason;

        public LocalDate getOn() { return on; }
        public void setOn(LocalDate on) { this.on = on; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GET
    @Operation(summary = "Sales newest first; filters: campaignId, cancelled (true/false)")
    public CustomerResource.PageJson<SaleJson> list(@QueryParam("campaignId") Long campaignId, @QueryParam("cancelled") String cancelled,
                                                    @QueryParam("first") @DefaultValue("0") int first,
                                                    @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        Map<String, String> filters = new HashMap<>();
        if (campaignId != null) {
            filters.put("campaign", campaignId.toString());
        }
        if (cancelled != null) {
            filters.put("cancelled", cancelled); // "true" or "false", anything else refused by the service
        }
        Page<Sale> page = sales.sales(new PageRequest(first, size, null, false, filters));
        return new CustomerResource.PageJson<>(page.items().stream().map(SaleJson::of).toList(), page.total(), first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sale")
    public SaleJson get(@PathParam("id") Long id) {
        return SaleJson.of(sales.sale(id));
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancels the sale: the day the customer withdrew (default today) and a reason. A commission already "
            + "approved for it is clawed back in the agent's next open month")
    public SaleJson cancel(@PathParam("id") Long id, @NotNull @Valid CancellationJson body) {
        return SaleJson.of(sales.cancel(id, body.getOn(), body.getReason()));
    }
}
