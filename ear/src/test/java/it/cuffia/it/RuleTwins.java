package it.cuffia.it;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.RpoReadiness;
import it.cuffia.outbound.domain.Sale;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaStatus;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.ticketing.domain.TicketState;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * In-server side of {@link RuleTwinsIT}: the rows a rule sorts, the rule's SQL/JPQL twin run on the real database,
 * and the domain's Java predicate run on the same rows loaded as entities. Each call is its own transaction.
 */
@Stateless
public class RuleTwins {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    /** One rule, answered twice over the same rows: by the database and by the domain. */
    public record Answers(Set<Long> bySql, Set<Long> byJava, int rows) implements Serializable {
    }

    /** Tickets of a new client in every state, assigned or not, escalated or not, with short and long deadlines. */
    public Long ticketsInEveryState(Instant openedAt) {
        Client client = new Client(("R" + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase(), "Regole gemelle");
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        Customer customer = new Customer(client, "Rita", "Gemelli");
        em.persist(customer);
        AppUser agent = user(Demo.AGENT_AURORA);
        AppUser colleague = user("operatore02");
        AppUser supervisor = user(Demo.SUPERVISOR);
        List<Ticket> tickets = new ArrayList<>();
        int minute = 0;
        for (Priority priority : List.of(Priority.LOW, Priority.HIGH)) {
            SlaTarget sla = new SlaTarget(client, TicketCategory.TECHNICAL_SUPPORT, priority, 30, priority == Priority.LOW ? 16 * 60 : 90);
            Instant at = openedAt.plusSeconds(60L * minute++);
            Ticket fresh = open(customer, priority, sla, at);
            Ticket open = open(customer, priority, sla, at);
            open.take(agent, at.plusSeconds(60));
            Ticket waiting = open(customer, priority, sla, at);
            waiting.take(colleague, at.plusSeconds(60));
            waiting.waitForCustomer(colleague.getUsername(), at.plusSeconds(120));
            Ticket resolved = open(customer, priority, sla, at);
            resolved.take(agent, at.plusSeconds(60));
            resolved.resolve("RISOLTO", agent.getUsername(), at.plusSeconds(600));
            Ticket closed = open(customer, priority, sla, at);
            closed.take(agent, at.plusSeconds(60));
            closed.resolve("RISOLTO", agent.getUsername(), at.plusSeconds(600));
            closed.close("system", at.plusSeconds(900));
            Ticket reopened = open(customer, priority, sla, at);
            reopened.take(colleague, at.plusSeconds(60));
            reopened.resolve("RISOLTO", colleague.getUsername(), at.plusSeconds(600));
            reopened.reopen("Il guasto è tornato", agent.getUsername(), at.plusSeconds(900));
            Ticket escalated = open(customer, priority, sla, at);
            escalated.take(agent, at.plusSeconds(60));
            escalated.escalate(2, "Serve un tecnico", agent.getUsername(), at.plusSeconds(300));
            Ticket takenUp = open(customer, priority, sla, at);
            takenUp.take(agent, at.plusSeconds(60));
            takenUp.escalate(2, "Serve un tecnico", agent.getUsername(), at.plusSeconds(300));
            takenUp.take(supervisor, at.plusSeconds(400));
            tickets.addAll(List.of(fresh, open, waiting, resolved, closed, reopened, escalated, takenUp));
        }
        tickets.forEach(em::persist);
        em.flush();
        return client.getId();
    }

    /** The instants around which a ticket of the client changes its SLA status: its risk's start and its deadline. */
    public List<Instant> slaEdges(Long clientId) {
        return tickets(clientId).stream()
                .flatMap(t -> java.util.stream.Stream.of(t.getAtRiskFrom().minusSeconds(1), t.getAtRiskFrom(),
                        t.getResolutionDue(), t.getResolutionDue().plusSeconds(1)))
                .distinct().sorted().toList();
    }

    /** "Active": {@link TicketState#ACTIVE_SQL} in native SQL and {@link Ticket#active} in a criteria query, against isActive(). */
    public List<Answers> active(Long clientId) {
        Set<Long> byJava = ids(tickets(clientId).stream().filter(t -> t.getState().isActive()).toList());
        Set<Long> bySql = longs(em.createNativeQuery("select t.id from ticket t where t.client_id = ?1 and t.state in ("
                + TicketState.ACTIVE_SQL + ")").setParameter(1, clientId).getResultList());
        Set<Long> byCriteria = criteria(clientId, (cb, root) -> Ticket.active(root));
        int rows = tickets(clientId).size();
        return List.of(new Answers(bySql, byJava, rows), new Answers(byCriteria, byJava, rows));
    }

    /** "At risk" and "breached" of active tickets at {@code now}: the queue's SQL twins against slaStatus(now). */
    public List<Answers> sla(Long clientId, Instant now) {
        List<Ticket> active = tickets(clientId).stream().filter(t -> t.getState().isActive()).toList();
        String sql = "select t.id from ticket t where t.client_id = ?2 and t.state in (" + TicketState.ACTIVE_SQL + ") and ";
        Set<Long> atRiskSql = longs(em.createNativeQuery(sql + Ticket.AT_RISK_SQL.formatted("t", "?1"))
                .setParameter(1, SqlValues.timestamp(now)).setParameter(2, clientId).getResultList());
        Set<Long> breachedSql = longs(em.createNativeQuery(sql + Ticket.BREACHED_SQL.formatted("t", "?1"))
                .setParameter(1, SqlValues.timestamp(now)).setParameter(2, clientId).getResultList());
        return List.of(
                new Answers(atRiskSql, ids(active.stream().filter(t -> t.slaStatus(now) == SlaStatus.AT_RISK).toList()), active.size()),
                new Answers(breachedSql, ids(active.stream().filter(t -> t.slaStatus(now) == SlaStatus.BREACHED).toList()), active.size()));
    }

    /** "Worked by" (the agent's own tickets): {@link Ticket#workedBy} against isWorkedBy(user). */
    public Answers workedBy(Long clientId, String username) {
        AppUser user = user(username);
        List<Ticket> tickets = tickets(clientId);
        return new Answers(criteria(clientId, (cb, root) -> Ticket.workedBy(cb, root, user.getId())),
                ids(tickets.stream().filter(t -> t.isWorkedBy(user)).toList()), tickets.size());
    }

    /** "Can take" (the queue tab): {@link Ticket#takeableBy} against canBeTakenBy(user). */
    public Answers takeableBy(Long clientId, String username) {
        AppUser user = user(username);
        List<Ticket> tickets = tickets(clientId);
        return new Answers(criteria(clientId, (cb, root) -> Ticket.takeableBy(cb, root, user)),
                ids(tickets.stream().filter(t -> t.canBeTakenBy(user)).toList()), tickets.size());
    }

    /** "Earns commission": {@link Sale#EARNS_COMMISSION_JPQL} against earnsCommission(), on the sales of one agent. */
    public Answers earnsCommission(Long agentId) {
        List<Sale> sales = em.createQuery("select s from Sale s where s.agent.id = :a", Sale.class).setParameter("a", agentId).getResultList();
        Set<Long> byJpql = new TreeSet<>(em.createQuery("select s.id from Sale s where s.agent.id = :a and "
                + Sale.EARNS_COMMISSION_JPQL.formatted("s"), Long.class).setParameter("a", agentId).getResultList());
        return new Answers(byJpql, new TreeSet<>(sales.stream().filter(Sale::earnsCommission).map(Sale::getId).toList()), sales.size());
    }

    /** "Works for a client": {@link Agent#WORKS_FOR_JPQL} against worksFor(client), over every agent, for the client of a demo agent. */
    public Answers worksFor(String agentUsername) {
        Client client = em.createQuery("select c from Agent a join a.clients c where a.user.username = :u order by c.id", Client.class)
                .setParameter("u", agentUsername).setMaxResults(1).getSingleResult();
        List<Agent> agents = em.createQuery("select a from Agent a", Agent.class).getResultList();
        Set<Long> byJpql = new TreeSet<>(em.createQuery("select a.id from Agent a where " + Agent.WORKS_FOR_JPQL.formatted("a", ":client"),
                Long.class).setParameter("client", client).getResultList());
        return new Answers(byJpql, agents.stream().filter(a -> a.worksFor(client)).map(Agent::getId)
                .collect(Collectors.toCollection(TreeSet::new)), agents.size());
    }

    /** "Workable lead": {@link LeadStatus#WORKABLE_SQL} in native SQL against isWorkable(), per status present in the database. */
    public Answers workableLeadStatuses() {
        @SuppressWarnings("unchecked")
        List<Object> present = em.createNativeQuery("select distinct l.status from lead l").getResultList();
        @SuppressWarnings("unchecked")
        List<Object> bySql = em.createNativeQuery("select distinct l.status from lead l where l.status in (" + LeadStatus.WORKABLE_SQL + ")")
                .getResultList();
        Set<Long> sqlOrdinals = bySql.stream().map(s -> (long) LeadStatus.valueOf(s.toString()).ordinal()).collect(Collectors.toCollection(TreeSet::new));
        Set<Long> javaOrdinals = present.stream().map(s -> LeadStatus.valueOf(s.toString())).filter(LeadStatus::isWorkable)
                .map(s -> (long) s.ordinal()).collect(Collectors.toCollection(TreeSet::new));
        return new Answers(sqlOrdinals, javaOrdinals, present.size());
    }

    /**
     * Campaigns of a new client in every status, each status with a period on every side of {@code today}: ended the day
     * before, ending today, one day long today, around today, starting today, starting the day after.
     */
    public Long campaignsInEveryStatusAndPeriod(LocalDate today) {
        Client client = new Client(("D" + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase(), "Regole gemelle");
        em.persist(client);
        List<LocalDate[]> periods = List.of(
                new LocalDate[] {today.minusDays(5), today.minusDays(1)},
                new LocalDate[] {today.minusDays(5), today},
                new LocalDate[] {today, today},
                new LocalDate[] {today.minusDays(1), today.plusDays(1)},
                new LocalDate[] {today, today.plusDays(5)},
                new LocalDate[] {today.plusDays(1), today.plusDays(5)});
        for (CampaignStatus status : CampaignStatus.values()) {
            for (LocalDate[] period : periods) {
                Campaign campaign = new Campaign(client, status + " " + period[0] + " " + period[1], CampaignType.SURVEY,
                        period[0], period[1]);
                LocalDate activatedOn = period[0]; // the day it went live, inside its period: a campaign now over was active then
                campaign.setCallerId("+39 02 1234 5678");
                campaign.replaceWindows(List.of(new CallingWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));
                RpoReadiness checked = c -> RpoReadiness.Gap.NONE;
                switch (status) {
                    case DRAFT -> { }
                    case ACTIVE -> campaign.moveTo(CampaignStatus.ACTIVE, activatedOn, checked);
                    case PAUSED -> {
                        campaign.moveTo(CampaignStatus.ACTIVE, activatedOn, checked);
                        campaign.moveTo(CampaignStatus.PAUSED, activatedOn, checked);
                    }
                    case CLOSED -> campaign.moveTo(CampaignStatus.CLOSED, activatedOn, checked);
                }
                em.persist(campaign);
            }
        }
        em.flush();
        return client.getId();
    }

    /** "Dialable": {@link Campaign#DIALABLE_JPQL} against isDialable(day), on the campaigns of one client. */
    public Answers dialable(Long clientId, LocalDate day) {
        List<Campaign> campaigns = em.createQuery("select c from Campaign c where c.client.id = :c", Campaign.class)
                .setParameter("c", clientId).getResultList();
        Set<Long> byJpql = new TreeSet<>(em.createQuery("select c.id from Campaign c where c.client.id = :c and "
                + Campaign.DIALABLE_JPQL.formatted("c", ":today"), Long.class).setParameter("c", clientId).setParameter("today", day)
                .getResultList());
        return new Answers(byJpql, campaigns.stream().filter(c -> c.isDialable(day)).map(Campaign::getId)
                .collect(Collectors.toCollection(TreeSet::new)), campaigns.size());
    }

    /** "Has consent": {@link Customer#HAS_CONSENT_SQL} in native SQL against hasConsent(purpose), over every customer. */
    public Answers hasConsent(ConsentPurpose purpose) {
        List<Customer> customers = em.createQuery("select c from Customer c", Customer.class).getResultList();
        Set<Long> bySql = longs(em.createNativeQuery("select c.id from customer c where " + Customer.HAS_CONSENT_SQL.formatted("c.id", "?1"))
                .setParameter(1, purpose.name()).getResultList());
        return new Answers(bySql, customers.stream().filter(c -> c.hasConsent(purpose)).map(Customer::getId)
                .collect(Collectors.toCollection(TreeSet::new)), customers.size());
    }

    private Set<Long> criteria(Long clientId, BiFunction<CriteriaBuilder, Root<Ticket>, jakarta.persistence.criteria.Predicate> rule) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Ticket> root = query.from(Ticket.class);
        query.select(root.get("id")).where(cb.equal(root.get("client").get("id"), clientId), rule.apply(cb, root));
        return new TreeSet<>(em.createQuery(query).getResultList());
    }

    private List<Ticket> tickets(Long clientId) {
        return em.createQuery("select t from Ticket t where t.client.id = :c", Ticket.class).setParameter("c", clientId).getResultList();
    }

    private Ticket open(Customer customer, Priority priority, SlaTarget sla, Instant at) {
        return Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT, priority, Channel.PHONE, "Regola " + priority, null, sla, "test", at);
    }

    private AppUser user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class).setParameter("u", username).getSingleResult();
    }

    private static Set<Long> ids(List<Ticket> tickets) {
        return tickets.stream().map(Ticket::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Long> longs(List<?> rows) {
        return rows.stream().map(SqlValues::asLong).collect(Collectors.toCollection(TreeSet::new));
    }
}
