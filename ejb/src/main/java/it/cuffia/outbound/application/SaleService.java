package it.cuffia.outbound.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import it.cuffia.shared.domain.Zones;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sales of the caller's clients, and their cancellation by whoever learns the customer withdrew:
 * the client's sales staff, a supervisor, an admin, or the client's systems through the API.
 */
@Stateless
public class SaleService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private SecurityAudit audit;

    /** Pay takes back what the sale earned (pay.application.Clawbacks), in this transaction. */
    @Inject
    private Event<SaleCancelled> cancelled;

    /** Newest first; filters: campaign (id), agent, customer's last name, "cancelled" ("true" or "false"). */
    public Page<Sale> sales(PageRequest request) {
        Caller caller = caller();
        Optional<String> cancelled = request.choice("cancelled", List.of("true", "false"));
        PagedQuery<Sale> query = PagedQuery.of(em, Sale.class)
                .field("soldAt", "soldAt")
                .field("campaign", "campaign.id")
                .field("consentOk", "consentOk")
                .searchable("agent", "agent.username")
                .searchable("lastName", "customer.lastName")
                .where(Tenancy.within(caller.scope(), "campaign.client"))
                .batchFetch("customer")
                .batchFetch("agent")
                .batchFetch("campaign")
                .batchFetch("lines")
                .orderBy("soldAt");
        if (cancelled.isPresent()) {
            boolean wanted = Boolean.parseBoolean(cancelled.get());
            query.where((cb, root) -> wanted ? cb.isNotNull(root.get("cancelledAt")) : cb.isNull(root.get("cancelledAt")));
        }
        return query.run(request.withoutFilter("cancelled").sortedByDefault("soldAt", false));
    }

    public Sale sale(Long id) {
        Caller caller = caller();
        Sale sale = em.find(Sale.class, id);
        if (sale == null || !caller.scope().allows(sale.getCampaign().getClient().getId())) {
            throw new NotFoundException("sale", id);
        }
        return sale;
    }

    /** The customer withdrew on {@code on} (today when null); audited, since it can take back a commission already paid. */
    public Sale cancel(Long id, LocalDate on, String reason) {
        Caller caller = caller();
        Sale sale = sale(id);
        em.lock(sale, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        sale.cancel(on != null ? on : LocalDate.ofInstant(now, Zones.ROME), reason, caller.username(), now);
        cancelled.fire(new SaleCancelled(sale.getId()));
        audit.changed(SecurityEventKind.SALE_CANCELLED, sale.getAgent().getUsername(),
                "#" + sale.getId() + " " + sale.getTotal().amount().toPlainString() + " EUR, " + on + ": " + sale.getCancelReason());
        return sale;
    }

    private Caller caller() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR, Role.SALES);
        return caller;
    }
}
