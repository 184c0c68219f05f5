package it.cuffia.ticketing.application;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A client's SLA promises, one per category and priority; where none is set, the standard applies. */
@Stateless
public class SlaTargetService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private ClientService clients;

    /** Every category × priority of the client: its own target or the standard one. */
    public List<SlaTarget> targetsOf(Long clientId) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        Client client = clients.get(clientId);
        Map<String, SlaTarget> own = em.createQuery("select s from SlaTarget s where s.client = :c", SlaTarget.class)
                .setParameter("c", client).getResultStream()
                .collect(Collectors.toMap(s -> s.getCategory() + "/" + s.getPriority(), Function.identity()));
        List<SlaTarget> all = new ArrayList<>();
        for (TicketCategory category : TicketCategory.values()) {
            for (Priority priority : Priority.values()) {
                all.add(own.getOrDefault(category + "/" + priority, SlaTarget.standard(client, category, priority)));
            }
        }
        return all;
    }

    /** The client's first-response promise per channel, where it set one (minutes of its business hours). */
    public Map<it.cuffia.contact.domain.Channel, Integer> channelTargetsOf(Long clientId) {
        callers.caller().require(Role.ADMIN, Role.SUPERVISOR);
        Client client = clients.get(clientId);
        return em.createNamedQuery(it.cuffia.ticketing.domain.ChannelResponseTarget.OF_CLIENT,
                        it.cuffia.ticketing.domain.ChannelResponseTarget.class)
                .setParameter("client", client.getId()).getResultStream()
                .collect(Collectors.toMap(it.cuffia.ticketing.domain.ChannelResponseTarget::getChannel,
                        it.cuffia.ticketing.domain.ChannelResponseTarget::getFirstResponseMinutes));
    }

    /** Sets (or, with no minutes, removes) the client's first-response promise for a channel; new tickets follow it. */
    public void setChannelTarget(Long clientId, it.cuffia.contact.domain.Channel channel, Integer minutes) {
        callers.caller().require(Role.ADMIN);
        Client client = clients.get(clientId);
        java.util.Optional<it.cuffia.ticketing.domain.ChannelResponseTarget> existing = em.createNamedQuery(
                        it.cuffia.ticketing.domain.ChannelResponseTarget.OF_CLIENT, it.cuffia.ticketing.domain.ChannelResponseTarget.class)
                .setParameter("client", client.getId()).getResultStream().filter(t -> t.getChannel() == channel).findFirst();
        if (minutes == null) {
            existing.ifPresent(em::remove);
        } else if (existing.isPresent()) {
            existing.get().promise(minutes);
        } else {
            em.persist(new it.cuffia.ticketing.domain.ChannelResponseTarget(client, channel, minutes));
        }
    }

    /** Sets the client's promise for one category and priority (applies to tickets opened from now on). */
    public SlaTarget set(Long clientId, TicketCategory category, Priority priority, int firstResponseMinutes, int resolutionMinutes) {
        callers.caller().require(Role.ADMIN);
        Client client = clients.get(clientId);
        return em.createQuery("select s from SlaTarget s where s.client = :c and s.category = :cat and s.priority = :p", SlaTarget.class)
                .setParameter("c", client).setParameter("cat", category).setParameter("p", priority)
                .getResultStream().findFirst()
                .map(existing -> {
                    existing.promise(firstResponseMinutes, resolutionMinutes);
                    return existing;
                })
                .orElseGet(() -> {
                    SlaTarget target = new SlaTarget(client, category, priority, firstResponseMinutes, resolutionMinutes);
                    em.persist(target);
                    return target;
                });
    }
}
