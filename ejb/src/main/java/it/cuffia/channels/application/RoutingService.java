package it.cuffia.channels.application;

import it.cuffia.channels.domain.RoutingDecision;
import it.cuffia.channels.domain.RoutingRule;
import it.cuffia.channels.domain.RoutingRules;
import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.crm.domain.Customer;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The clients' routing rules: admins write them; the contact channels (the web form, the mailboxes) ask them where a
 * ticket they open goes ({@link #route}), without a logged-in person.
 */
@Stateless
public class RoutingService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    /**
     * Where a ticket of the client arriving by this channel goes: the decision of the client's first matching rule
     * ({@link RoutingRules#route}), or {@link RoutingDecision#NONE}. For the channels' own services: no caller needed.
     */
    public RoutingDecision route(Long clientId, Channel channel, String receivingAddress, String subject) {
        return rulesOf(clientId).route(channel, receivingAddress, subject);
    }

    /**
     * Where a ticket opened during this phone call goes (issue 15: the screen pop's new ticket): the client's rules,
     * read with the number the caller dialled as the receiving address and the caller's IVR choice as the words of the
     * subject. A rule "Telefono, +390212345678 → Assistenza tecnica" or "Telefono, parole: 2 → Reclamo" preselects it.
     */
    public RoutingDecision forCall(it.cuffia.contact.domain.Interaction call) {
        return route(call.getClient().getId(), Channel.PHONE, call.getDialledNumber(), call.getIvrChoice());
    }

    /**
     * Opens the ticket a channel received for the customer's client, where the client's rules send it (category,
     * priority, support level); without a matching rule: the given category, normal priority, the front line.
     * The one way every channel (web form, mailbox, fax gateway) opens a ticket.
     */
    public Ticket openRouted(Customer customer, Channel channel, String receivingAddress, String subject, String description,
                             TicketCategory category, String by) {
        RoutingDecision route = route(customer.getClient().getId(), channel, receivingAddress, subject);
        Ticket ticket = tickets.openUnattended(customer, route.categoryOr(category), route.priorityOr(Priority.NORMAL), channel,
                subject, description, by);
        if (route.beyondFrontLine()) {
            ticket.routeTo(route.level(), Ticket.routedBy(route.ruleId()), by, clock.instant());
        }
        return ticket;
    }

    public List<RoutingRule> rules(Long clientId) {
        callers.caller().require(Role.ADMIN);
        return list(clientId);
    }

    /** A new rule, last in the client's order. */
    public RoutingRule add(Long clientId, Channel channel, String address, String subjectWords, TicketCategory category,
                           Priority priority, Integer level) {
        callers.caller().require(Role.ADMIN);
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        RoutingRule rule = new RoutingRule(client, list(clientId).size() + 1, channel, address, subjectWords, category, priority, level);
        em.persist(rule);
        return rule;
    }

    public void remove(Long ruleId) {
        callers.caller().require(Role.ADMIN);
        RoutingRule rule = find(ruleId);
        Long clientId = rule.getClient().getId();
        em.remove(rule);
        em.flush();
        new RoutingRules(list(clientId)).renumbered();
    }

    /** The rule goes one place up (tried earlier) or down. */
    public void move(Long ruleId, boolean up) {
        callers.caller().require(Role.ADMIN);
        RoutingRule rule = find(ruleId);
        new RoutingRules(list(rule.getClient().getId())).move(rule, up);
    }

    private RoutingRule find(Long ruleId) {
        RoutingRule rule = em.find(RoutingRule.class, ruleId);
        if (rule == null) {
            throw new NotFoundException("routingRule", ruleId);
        }
        return rule;
    }

    private RoutingRules rulesOf(Long clientId) {
        return new RoutingRules(list(clientId));
    }

    private List<RoutingRule> list(Long clientId) {
        return em.createNamedQuery(RoutingRule.OF_CLIENT, RoutingRule.class).setParameter("client", clientId).getResultList();
    }
}
