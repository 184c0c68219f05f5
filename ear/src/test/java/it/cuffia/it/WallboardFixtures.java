package it.cuffia.it;

import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.Team;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 15 §3, the wallboard: a client of its own (nothing else calls it, so its figures are exactly what a test
 * did), served by a team of its own with one agent, logged in and available, whose supervisor logs in with the demo
 * password. Calls with a chosen wait are written as the phone system's events would have left them.
 */
@Stateless
public class WallboardFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    public record Setup(String tag, Long clientId, String supervisor, String agent) implements Serializable {
    }

    public Setup create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("W" + tag).toUpperCase(), "Wallboard " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        AppUser supervisor = user("sw" + tag, Role.SUPERVISOR);
        Team team = new Team("Team Wall " + tag, supervisor);
        em.persist(team);
        Agent agent = new Agent(user("aw" + tag, Role.AGENT));
        agent.joinTeam(team);
        agent.workFor(List.of(client));
        em.persist(agent);
        em.persist(new AgentStatePeriod(agent.getUser(), AgentState.AVAILABLE, null, clock.instant()));
        em.flush();
        return new Setup(tag, client.getId(), supervisor.getUsername(), agent.getUser().getUsername());
    }

    /** A call of the client's phone system answered by the agent after waiting this long, and ended. */
    public void answeredAfter(Long clientId, String agent, Duration waited) {
        Instant answered = clock.instant().minusSeconds(5);
        Interaction call = Interaction.inbound(em.find(Client.class, clientId), Channel.PHONE, "+390299887766",
                "fixture-" + UUID.randomUUID(), answered.minus(waited));
        call.answer(user(agent), answered);
        call.end(answered.plusSeconds(3));
        em.persist(call);
    }

    /** A call of the client's phone system that entered the queue this long ago, of which nothing more was heard. */
    public void queuedAgo(Long clientId, Duration ago) {
        em.persist(Interaction.inbound(em.find(Client.class, clientId), Channel.PHONE, "+390299887766",
                "fixture-" + UUID.randomUUID(), clock.instant().minus(ago)));
    }

    public void threshold(Long clientId, int seconds) {
        em.find(Client.class, clientId).setServiceLevelSeconds(seconds);
    }

    /** An open ticket of the client whose resolution deadline passed long ago. */
    public void breachedTicket(Long clientId) {
        Client client = em.find(Client.class, clientId);
        Customer customer = new Customer(client, "Cliente", "Scaduto");
        em.persist(customer);
        em.persist(Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT, Priority.NORMAL, Channel.PHONE, "Guasto di un mese fa", null,
                SlaTarget.standard(client, TicketCategory.TECHNICAL_SUPPORT, Priority.NORMAL), "fixture",
                clock.instant().minus(Duration.ofDays(30))));
    }

    /** The agent back from the pause (as they would press Available): a call rings only at an available agent. */
    public void available(String username) {
        Instant now = clock.instant();
        AppUser user = em.createQuery("select u from AppUser u where u.username = :u", AppUser.class).setParameter("u", username).getSingleResult();
        em.createQuery("select p from AgentStatePeriod p where p.agent = :a and p.endedAt is null", AgentStatePeriod.class)
                .setParameter("a", user).getResultList().forEach(p -> p.end(now));
        em.persist(new AgentStatePeriod(user, AgentState.AVAILABLE, null, now));
    }

    /** The agent's state now, as the periods say. */
    public AgentState stateOf(String username) {
        return em.createQuery("select p.state from AgentStatePeriod p where p.agent.username = :u and p.endedAt is null", AgentState.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(AgentState.LOGGED_OUT);
    }

    /** The audit lines about this account: "KIND actor: detail", oldest first. */
    public List<String> auditOf(String username) {
        return em.createQuery("select e from SecurityEvent e where e.username = :u order by e.occurredAt, e.id",
                        it.cuffia.identity.domain.SecurityEvent.class).setParameter("u", username).getResultList().stream()
                .map(e -> e.getKind() + " " + e.getActor() + ": " + e.getDetail()).toList();
    }

    private AppUser user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class).setParameter("u", username).getSingleResult();
    }

    /** A user who logs in with the demo password (the hash of a demo user's). */
    private AppUser user(String username, Role role) {
        AppUser user = new AppUser(username, "Fixture", username, Set.of(role));
        user.setPasswordHash(em.createQuery("select u.passwordHash from AppUser u where u.username = :u", String.class)
                .setParameter("u", Demo.SUPERVISOR).getSingleResult());
        em.persist(user);
        return user;
    }
}
