package it.cuffia.channels.application;

import it.cuffia.channels.domain.ReplyTemplate;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.CustomerPhone;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Admins keep each client's text modules; the staff put one, filled in from the ticket, into an answer. */
@Stateless
public class ReplyTemplates {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    public List<ReplyTemplate> ofClient(Long clientId) {
        callers.caller().require(Role.ADMIN);
        return em.createNamedQuery(ReplyTemplate.OF_CLIENT, ReplyTemplate.class).setParameter("client", clientId).getResultList();
    }

    /** A new text module ({@code id} null) or a changed one; a client's names are unique regardless of case. */
    public ReplyTemplate save(Long id, Long clientId, String name, String body, boolean active) {
        callers.caller().require(Role.ADMIN);
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        ReplyTemplate template = id == null ? null : em.find(ReplyTemplate.class, id);
        if (id != null && (template == null || !template.getClient().equals(client))) {
            throw new NotFoundException("replyTemplate", id);
        }
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        boolean taken = em.createNamedQuery(ReplyTemplate.NAMED, ReplyTemplate.class).setParameter("client", clientId)
                .setParameter("name", key).getResultStream().anyMatch(other -> !other.equals(template));
        if (taken) {
            throw new DomainException("replyTemplate.name.taken", name.strip());
        }
        if (template == null) {
            ReplyTemplate created = new ReplyTemplate(client, name, body, active);
            em.persist(created);
            return created;
        }
        template.change(name, body, active);
        return template;
    }

    /** The text modules the staff may use on this ticket: its client's active ones. */
    public List<ReplyTemplate> forTicket(Long ticketId) {
        Ticket ticket = tickets.get(ticketId);
        return em.createNamedQuery(ReplyTemplate.ACTIVE_OF_CLIENT, ReplyTemplate.class).setParameter("client", ticket.getClient().getId())
                .getResultList();
    }

    /** A text module filled in for this ticket: its customer, the signed-in agent, the client, today in {@code locale}. */
    public String fill(Long ticketId, Long templateId, Locale locale) {
        Ticket ticket = tickets.get(ticketId);
        ReplyTemplate template = em.find(ReplyTemplate.class, templateId);
        if (template == null || !template.isActive() || !template.getClient().equals(ticket.getClient())) {
            throw new NotFoundException("replyTemplate", templateId);
        }
        String phone = ticket.getCustomer().getPhones().stream().findFirst().map(CustomerPhone::getDisplay).orElse(null);
        AppUser me = em.find(AppUser.class, callers.caller().userId());
        return template.fill(Placeholders.valuesOf(ticket.getCustomer(), phone, me, ticket.getClient(), null, null, locale,
                clock.instant().atZone(Zones.ROME)));
    }
}
