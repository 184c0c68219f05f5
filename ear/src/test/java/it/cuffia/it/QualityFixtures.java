package it.cuffia.it;

import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.quality.domain.ItemKind;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.quality.domain.QualityItem;
import it.cuffia.quality.domain.SamplingWeek;
import it.cuffia.shared.domain.Zones;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SlaTarget;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 16 §1: quality monitoring in the world of {@link ScopeFixtures} (client Zeta, its team, supervisor and agent):
 * a form of Zeta with a critical item, and the agent's answered calls of this week, one of them opening a complaint.
 */
@Stateless
public class QualityFixtures {

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * @param calls      the agent's answered calls of this week, oldest first
     * @param complaint  the one of them that opened a complaint
     * @param sampled    the calls the week's sample must list: the {@link SamplingWeek#PER_AGENT} first by the week's hash,
     *                   and the complaint
     */
    public record World(Long formId, Long agentId, List<Long> calls, Long complaint, Long lastWeek, Long unanswered, Set<Long> sampled)
            implements Serializable {
    }

    public World create(ScopeFixtures.Setup zeta) {
        AppUser agent = user(zeta.agent());
        Client client = em.createQuery("select c from Client c where c.name = :n", Client.class)
                .setParameter("n", "Zeta " + zeta.tag()).getSingleResult();
        QualityForm form = new QualityForm(client, null, null, "Qualità Zeta " + zeta.tag(), "admin", clock.instant());
        form.latest().addItem(new QualityItem.ItemData("Apertura", "Saluto e presentazione", ItemKind.YES_NO, 2, null, false, false));
        form.latest().addItem(new QualityItem.ItemData("Privacy", "Informativa privacy letta", ItemKind.YES_NO, 5, null, true, false));
        form.latest().addItem(new QualityItem.ItemData("Chiusura", "Cortesia", ItemKind.SCALE, 3, 5, false, true));
        em.persist(form);

        Customer customer = new Customer(client, "Cliente", "Qualita" + zeta.tag());
        em.persist(customer);
        SamplingWeek week = SamplingWeek.of(LocalDate.now(clock.withZone(Zones.ROME)));
        Instant now = clock.instant();
        List<Long> calls = new ArrayList<>();
        Long complaint = null;
        for (int i = 0; i < 6; i++) {
            // from the week's start up to now, never in the future
            Instant ringing = week.start().plus(Duration.between(week.start(), now).multipliedBy(i + 1).dividedBy(8));
            Interaction call = call(client, customer, agent, ringing, true);
            calls.add(call.getId());
            if (i == 4) {
                Ticket ticket = Ticket.open(customer, TicketCategory.COMPLAINT, Priority.NORMAL, Channel.PHONE, "Reclamo " + zeta.tag(), null,
                        SlaTarget.standard(client, TicketCategory.COMPLAINT, Priority.NORMAL), agent.getUsername(), ringing.plusSeconds(120));
                ticket.openedDuring(call);
                em.persist(ticket);
                complaint = call.getId();
            }
        }
        Long lastWeek = call(client, customer, agent, week.start().minus(Duration.ofHours(30)), true).getId();
        Long unanswered = call(client, customer, agent, week.start().plus(Duration.between(week.start(), now).dividedBy(10)), false).getId();
        em.flush();
        Set<Long> sampled = new LinkedHashSet<>(calls.stream().sorted(Comparator.comparingLong(week::rank).thenComparing(id -> id))
                .limit(SamplingWeek.PER_AGENT).toList());
        sampled.add(complaint);
        return new World(form.getId(), agent.getId(), calls, complaint, lastWeek, unanswered, sampled);
    }

    private Interaction call(Client client, Customer customer, AppUser agent, Instant ringing, boolean answered) {
        Interaction call = Interaction.inbound(client, Channel.PHONE, "+39021234567", "q-" + System.nanoTime(), ringing);
        call.identify(customer);
        call.offerTo(agent);
        if (answered) {
            call.answer(agent, ringing.plusSeconds(5));
        }
        call.end(ringing.plusSeconds(answered ? 185 : 20));
        em.persist(call);
        return call;
    }

    /** The agent's QUALITY of the day as the KPI calculation computes it from the stored tallies (empty: "—"). */
    public Optional<BigDecimal> storedQuality(Long agentId, LocalDate day) {
        KpiCounters sum = new KpiCounters();
        em.createQuery("select t from KpiTally t where t.agentId = :a and t.day = :d", KpiTally.class)
                .setParameter("a", agentId).setParameter("d", day).getResultList().forEach(t -> sum.add(t.getCounters()));
        return sum.value(Kpi.QUALITY);
    }

    private AppUser user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u", AppUser.class).setParameter("u", username).getSingleResult();
    }
}
