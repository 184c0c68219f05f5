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
import it.cuffia.outbound.domain.CallingWindow;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignStatus;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.RpoReadiness;
import it.cuffia.shared.domain.Money;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issue 19 §4, who sees what: a client no demo team works for ("Zeta"), served by a team of its own whose
 * supervisor logs in with the demo password; an open ticket and a running campaign of Zeta and the same of
 * Aurora (a client of Team Milano, led by {@link Demo#SUPERVISOR}). Names carry a tag, so a test finds its rows.
 */
@Stateless
public class ScopeFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    public record Setup(String tag, String supervisor, String agent, Long zetaTicket, Long auroraTicket, Long zetaCampaign,
                        Long auroraCampaign) implements Serializable {
    }

    public Setup create() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client zeta = new Client(("Z" + tag).toUpperCase(), "Zeta " + tag);
        zeta.replaceBusinessHours(Client.officeWeek());
        em.persist(zeta);
        AppUser supervisor = user("sz" + tag, Role.SUPERVISOR);
        Team team = new Team("Team Zeta " + tag, supervisor);
        em.persist(team);
        Agent agent = new Agent(user("az" + tag, Role.AGENT));
        agent.joinTeam(team);
        agent.workFor(List.of(zeta));
        agent.addContract(new ContractTerms(ContractType.FULL_TIME, 40, Money.euro("1400.00"), LocalDate.of(2025, 1, 1), null));
        em.persist(agent);

        Client aurora = em.createQuery("select c from Client c where c.code = 'AURORA'", Client.class).getSingleResult();
        Instant now = Instant.now();
        Ticket zetaTicket = ticket(zeta, "Guasto Zeta " + tag, now);
        Ticket auroraTicket = ticket(aurora, "Guasto Aurora " + tag, now);
        Campaign zetaCampaign = runningSurvey(zeta, "Sondaggio Zeta " + tag);
        Campaign auroraCampaign = runningSurvey(aurora, "Sondaggio Aurora " + tag);
        em.flush();
        return new Setup(tag, supervisor.getUsername(), agent.getUser().getUsername(), zetaTicket.getId(), auroraTicket.getId(),
                zetaCampaign.getId(), auroraCampaign.getId());
    }

    /** The statement of the month of an agent, by user name. */
    public Long statementOf(String username, YearMonth month) {
        return em.createQuery("select s.id from PayStatement s where s.agent.username = :u and s.month = :m", Long.class)
                .setParameter("u", username).setParameter("m", month.atDay(1)).getSingleResult();
    }

    /**
     * Another team working for Zeta's client, with its own supervisor and agent: the client is in both supervisors'
     * scope, each team's people in their own supervisor's only. Returns that supervisor's user name.
     */
    public String otherTeamOf(Setup zeta) {
        Client client = em.createQuery("select c from Client c where c.code = :c", Client.class)
                .setParameter("c", ("Z" + zeta.tag()).toUpperCase()).getSingleResult();
        AppUser supervisor = user("sy" + zeta.tag(), Role.SUPERVISOR);
        Team team = new Team("Team Ypsilon " + zeta.tag(), supervisor);
        em.persist(team);
        Agent agent = new Agent(user("ay" + zeta.tag(), Role.AGENT));
        agent.joinTeam(team);
        agent.workFor(List.of(client));
        em.persist(agent);
        return supervisor.getUsername();
    }

    /** A month's results for these agents, unless the month has them already (the test domain has no demo history). */
    public void monthResultsOf(YearMonth month, String... usernames) {
        for (String username : usernames) {
            Long userId = em.createQuery("select u.id from AppUser u where u.username = :u", Long.class).setParameter("u", username)
                    .getSingleResult();
            boolean stored = !em.createQuery("select r.id from KpiResult r where r.periodKind = :k and r.periodStart = :s"
                            + " and r.scopeKind = :c and r.scopeId = :i", Long.class)
                    .setParameter("k", it.cuffia.kpi.domain.PeriodKind.MONTH).setParameter("s", month.atDay(1))
                    .setParameter("c", it.cuffia.kpi.domain.ScopeKind.AGENT).setParameter("i", userId).getResultList().isEmpty();
            if (!stored) {
                em.persist(new it.cuffia.kpi.domain.KpiResult(it.cuffia.kpi.domain.PeriodKind.MONTH, month.atDay(1),
                        it.cuffia.kpi.domain.ScopeKind.AGENT, userId, new it.cuffia.kpi.domain.KpiCounters(), Instant.now()));
            }
        }
    }

    /** A user's name as the screens show it, "First Last". */
    public String fullName(String username) {
        return em.createQuery("select concat(concat(u.firstName, ' '), u.lastName) from AppUser u where u.username = :u", String.class)
                .setParameter("u", username).getSingleResult();
    }

    private Ticket ticket(Client client, String subject, Instant at) {
        Customer customer = new Customer(client, "Cliente", subject.replace(" ", ""));
        em.persist(customer);
        Ticket ticket = Ticket.open(customer, TicketCategory.TECHNICAL_SUPPORT, Priority.NORMAL, Channel.PHONE, subject, null,
                SlaTarget.standard(client, TicketCategory.TECHNICAL_SUPPORT, Priority.NORMAL), "fixture", at);
        em.persist(ticket);
        return ticket;
    }

    /** A survey without commercial purpose and without leads: it runs with no register check. */
    private Campaign runningSurvey(Client client, String name) {
        LocalDate today = LocalDate.of(2026, 3, 10); // the test domain's clock anchor
        Campaign campaign = new Campaign(client, name, CampaignType.SURVEY, today.minusDays(7), today.plusMonths(2));
        campaign.setCallerId("+39 06 5000 4321");
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new CallingWindow(day, LocalTime.of(9, 0), LocalTime.of(19, 0)));
        }
        campaign.replaceWindows(windows);
        em.persist(campaign);
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> RpoReadiness.Gap.NONE);
        return campaign;
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
