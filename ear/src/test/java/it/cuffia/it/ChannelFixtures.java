package it.cuffia.it;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.Team;
import it.cuffia.shared.domain.Money;
import it.cuffia.ticketing.domain.ChannelResponseTarget;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 14 §5, the KPIs per channel: a client of its own ("Canali"), served by a team whose supervisor logs in with
 * the demo password, that promises a first response within 60 minutes to a mail and 120 to a web form (phone and
 * fax: the standard 4 hours of a normal ticket), and the tickets below, opened in Mon-Fri 9-18 business hours
 * (the test clock stands at Tuesday 10 March 2026, 10:00 Rome):
 * <pre>
 * channel opened (Rome)        first response      waited     on time?
 * EMAIL   Mon 02/03 09:00      09:30               30 min     yes (due 10:00)
 * EMAIL   Mon 02/03 09:00      11:00               2 h        no  (due 10:00)
 * EMAIL   Mon 09/03 17:30      none                -          past due (due Tue 09:30)
 * WEB     Tue 03/03 10:00      11:00               1 h        yes (due 12:00)
 * WEB     Tue 10/03 09:45      none                -          awaiting (due 11:45)
 * PHONE   Wed 04/03 14:00      taken 14:05         5 min      yes (due 18:00)
 * PHONE   Wed 04/03 14:00      taken 14:15         15 min     yes
 * FAX     Sun 01/03 00:30      Mon 02/03 09:10     32 h 40 min yes (due Mon 13:00): March, by Rome time
 * FAX     Sat 28/02 23:30      Mon 02/03 09:20                 February (22:30 UTC)
 * </pre>
 */
@Stateless
public class ChannelFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    public record Setup(String tag, Long clientId, String clientName, String supervisor) implements Serializable {
    }

    public Setup create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("K" + tag).toUpperCase(), "Canali " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        em.persist(new ChannelResponseTarget(client, Channel.EMAIL, 60));
        em.persist(new ChannelResponseTarget(client, Channel.WEB, 120));
        AppUser supervisor = user("sk" + tag, Role.SUPERVISOR);
        Team team = new Team("Team Canali " + tag, supervisor);
        em.persist(team);
        Agent agent = new Agent(user("ak" + tag, Role.AGENT));
        agent.joinTeam(team);
        agent.workFor(List.of(client));
        agent.addContract(new ContractTerms(ContractType.FULL_TIME, 40, Money.euro("1400.00"), LocalDate.of(2025, 1, 1), null));
        em.persist(agent);
        AppUser operator = agent.getUser();

        answered(ticket(client, Channel.EMAIL, rome(2, 9, 0), 60), rome(2, 9, 30));
        answered(ticket(client, Channel.EMAIL, rome(2, 9, 0), 60), rome(2, 11, 0));
        ticket(client, Channel.EMAIL, rome(9, 17, 30), 60);
        answered(ticket(client, Channel.WEB, rome(3, 10, 0), 120), rome(3, 11, 0));
        ticket(client, Channel.WEB, rome(10, 9, 45), 120);
        ticket(client, Channel.PHONE, rome(4, 14, 0), null).take(operator, rome(4, 14, 5));
        ticket(client, Channel.PHONE, rome(4, 14, 0), null).take(operator, rome(4, 14, 15));
        answered(ticket(client, Channel.FAX, Instant.parse("2026-02-28T23:30:00Z"), null), rome(2, 9, 10));
        answered(ticket(client, Channel.FAX, Instant.parse("2026-02-28T22:30:00Z"), null), rome(2, 9, 20));
        em.flush();
        return new Setup(tag, client.getId(), client.getName(), supervisor.getUsername());
    }

    /** A day of March 2026 at a time, Rome. */
    private static Instant rome(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 3, day, hour, minute).atZone(Zones.ROME).toInstant();
    }

    private Ticket ticket(Client client, Channel channel, Instant openedAt, Integer channelMinutes) {
        Customer customer = new Customer(client, "Cliente", "Canale" + channel);
        em.persist(customer);
        SlaTarget sla = SlaTarget.standard(client, TicketCategory.INFORMATION, Priority.NORMAL)
                .forChannel(Optional.ofNullable(channelMinutes).map(m -> Duration.ofMinutes(m)));
        Ticket ticket = Ticket.open(customer, TicketCategory.INFORMATION, Priority.NORMAL, channel, "Richiesta " + channel, null, sla,
                "fixture", openedAt);
        em.persist(ticket);
        return ticket;
    }

    private static void answered(Ticket ticket, Instant at) {
        ticket.addNote("Risposta al cliente", true, "fixture", at);
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
