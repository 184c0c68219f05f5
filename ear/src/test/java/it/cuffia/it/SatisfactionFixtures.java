package it.cuffia.it;

import it.cuffia.appointments.domain.MailMessage;
import it.cuffia.contact.application.CallFinished;
import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.satisfaction.domain.SatisfactionSettings;
import it.cuffia.satisfaction.domain.SatisfactionSurvey;
import it.cuffia.satisfaction.domain.SurveyToken;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 16 §2: a client of its own ("Sondaggi …") whose surveys follow resolved tickets and completed calls (or are off),
 * an hour after, with links good for 7 days and at most one a week per customer; an agent of the client who logs in
 * with the demo password; customers with an address (two), without one, and one who withdrew consent to surveys; a
 * phone ticket of each, taken by the agent. Reached by the browser tests at {@code /it/satisfaction}.
 */
@Stateless
public class SatisfactionFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<CallFinished> finished;

    public record Setup(String tag, Long clientId, String agent, Long agentId, Long mario, Long luisa, Long noMail, Long optedOut,
                        Long marioTicket, Long luisaTicket, Long marioSecondTicket, Long noMailTicket, Long optedOutTicket)
            implements Serializable {
    }

    /** A survey as the tests read it. */
    public record Row(String status, Instant createdAt, Instant dueAt, String agent, String channel, String skipReason,
                      Integer satisfaction, Integer recommendation) implements Serializable {
    }

    public Setup create(boolean ticketsOn, int delayMinutes) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("Q" + tag).toUpperCase(), "Sondaggi " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        SatisfactionSettings.Data defaults = SatisfactionSettings.defaults(Demo.BASE_URL);
        em.persist(new SatisfactionSettings(client, new SatisfactionSettings.Data(ticketsOn, true, delayMinutes, 7, 7, defaults.linkBase(),
                defaults.subjectIt(), defaults.bodyIt(), defaults.subjectEn(), defaults.bodyEn())));
        AppUser operator = user("aq" + tag, Role.AGENT);
        Agent agent = new Agent(operator);
        agent.workFor(List.of(client));
        em.persist(agent);
        Instant now = clock.instant();
        Customer mario = customer(client, "Mario", "mario." + tag + "@example.it");
        Customer luisa = customer(client, "Luisa", "luisa." + tag + "@example.it");
        Customer noMail = customer(client, "Senza", null);
        Customer optedOut = customer(client, "Riservato", "riservato." + tag + "@example.it");
        optedOut.giveConsent(ConsentPurpose.SURVEY, now.minus(Duration.ofDays(30)), "contratto");
        optedOut.withdrawConsent(ConsentPurpose.SURVEY, now.minus(Duration.ofDays(2)), "telefonata");
        Setup setup = new Setup(tag, client.getId(), operator.getUsername(), operator.getId(), mario.getId(), luisa.getId(), noMail.getId(),
                optedOut.getId(), ticket(mario, operator, now), ticket(luisa, operator, now), ticket(mario, operator, now),
                ticket(noMail, operator, now), ticket(optedOut, operator, now));
        em.flush();
        return setup;
    }

    /**
     * An inbound call of the customer, answered by the agent and ended, its wrap-up ended now; then {@link #wrappedUp} says
     * so as the console does (in a transaction of its own: the suite's persistence unit reads the committed call).
     */
    public Long finishedCall(Long clientId, Long customerId, String agent) {
        Client client = em.find(Client.class, clientId);
        Instant now = clock.instant();
        Interaction call = Interaction.inbound(client, Channel.PHONE, "+393331112233", "pbx-" + UUID.randomUUID(), now.minusSeconds(400));
        call.identify(em.find(Customer.class, customerId));
        call.answer(userNamed(agent), now.minusSeconds(390));
        call.end(now.minusSeconds(60));
        call.finishWrapUp("fatto", (String) null, now);
        em.persist(call);
        em.flush();
        return call.getId();
    }

    public void wrappedUp(Long interactionId) {
        finished.fire(new CallFinished(interactionId, em.find(Interaction.class, interactionId).getWrapUpEndedAt()));
    }

    public long version(Long ticketId) {
        return em.find(Ticket.class, ticketId).getVersion();
    }

    public List<Row> surveysOfTicket(Long ticketId) {
        return rows(em.createQuery("select s from SatisfactionSurvey s where s.ticket.id = :t order by s.id", SatisfactionSurvey.class)
                .setParameter("t", ticketId).getResultList());
    }

    public List<Row> surveysOfCall(Long interactionId) {
        return rows(em.createQuery("select s from SatisfactionSurvey s where s.interaction.id = :i order by s.id", SatisfactionSurvey.class)
                .setParameter("i", interactionId).getResultList());
    }

    private static List<Row> rows(List<SatisfactionSurvey> surveys) {
        return surveys.stream().map(s -> new Row(s.getStatus().name(), s.getCreatedAt(), s.getDueAt(),
                s.getAgent() == null ? null : s.getAgent().getUsername(), s.getChannel().name(),
                s.getSkipReason() == null ? null : s.getSkipReason().name(), s.getSatisfaction(), s.getRecommendation())).toList();
    }

    /** The bodies of the mails queued to an address, oldest first. */
    public List<String> mailsTo(String address) {
        return em.createQuery("select m from MailMessage m where m.recipient = :r order by m.id", MailMessage.class)
                .setParameter("r", address).getResultList().stream().map(m -> m.getSubject() + "\n" + m.getBody()).toList();
    }

    public String emailOf(Long customerId) {
        return em.find(Customer.class, customerId).getEmail();
    }

    /** A survey of the customer's ticket mailed {@code daysAgo} days ago with a link good for 7 days: its token. */
    public String mailedSurvey(Long ticketId, int daysAgo) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        Instant sent = clock.instant().minus(Duration.ofDays(daysAgo));
        SatisfactionSurvey survey = SatisfactionSurvey.ofTicket(ticket, null, sent.minusSeconds(3600), Duration.ofHours(1));
        String token = SurveyToken.create();
        survey.sent(SurveyToken.hash(token), ticket.getCustomer().getEmail(), "it", sent, 7);
        em.persist(survey);
        return token;
    }

    private Long ticket(Customer customer, AppUser agent, Instant at) {
        Ticket ticket = Ticket.open(customer, TicketCategory.INFORMATION, Priority.NORMAL, Channel.PHONE, "Richiesta di " + customer.getFirstName(),
                null, SlaTarget.standard(customer.getClient(), TicketCategory.INFORMATION, Priority.NORMAL), "fixture", at.minusSeconds(600));
        ticket.take(agent, at.minusSeconds(590));
        em.persist(ticket);
        return ticket.getId();
    }

    private Customer customer(Client client, String firstName, String email) {
        Customer customer = new Customer(client, firstName, "Cliente");
        customer.setEmail(email);
        em.persist(customer);
        return customer;
    }

    private AppUser userNamed(String username) {
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

    /**
     * {@code ?expiredFor=TICKET}: the token of a survey of the ticket mailed 8 days ago (expired);
     * {@code ?create&delay=N}: a new client with surveys after tickets, answered "tag clientId agent ticketId version email";
     * for the browser tests, which resolve the ticket as the agent and read the mail the survey sends.
     */
    @WebServlet("/it/satisfaction")
    public static class Access extends HttpServlet {

        @EJB
        private SatisfactionFixtures fixtures;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain");
            response.setCharacterEncoding("UTF-8");
            if (request.getParameter("expiredFor") != null) {
                response.getWriter().write(fixtures.mailedSurvey(Long.valueOf(request.getParameter("expiredFor")), 8));
                return;
            }
            Setup setup = fixtures.create(true, Integer.parseInt(request.getParameter("delay")));
            response.getWriter().write(String.join(" ", setup.tag(), setup.clientId().toString(), setup.agent(),
                    setup.marioTicket().toString(), Long.toString(fixtures.version(setup.marioTicket())), fixtures.emailOf(setup.mario())));
        }
    }
}
