package it.cuffia.it;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.demo.HistoryRows;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.identity.domain.Team;
import it.cuffia.kpi.domain.KpiResult;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.kpi.domain.PeriodKind;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRule;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.pay.domain.RuleKind;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fixture month (November 2025) whose every KPI and every euro was worked out by hand (see
 * PayIT): client K with a teleselling and an appointment campaign, agent A (full time all month)
 * and agent B (part time from the 16th), a plan with tiers, per-sale, bonuses, a gate and a cap.
 * Rows are written as the consoles leave them, with the times the rules need.
 */
@Stateless
public class PayFixtures {

    public static final YearMonth MONTH = YearMonth.of(2025, 11);

    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    @jakarta.inject.Inject
    private it.cuffia.pay.application.StatementCalculation calculation;

    /** The suite's clock (anchored in the test domain): an approval and a later cancellation compare on it. */
    @jakarta.inject.Inject
    private java.time.Clock clock;

    @jakarta.inject.Inject
    private it.cuffia.kpi.application.KpiCalculation kpis;

    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<it.cuffia.contact.application.CallFinished> finished;

    /** A call and the ticket opened in it. */
    public record TicketInCall(Long callId, Long ticketId) implements Serializable {
    }

    public record Setup(Long clientId, Long teamId, Long agentA, Long agentB, Long sellingCampaign, Long visitCampaign,
                        String supervisorLogin, String agentALogin, String agentBLogin) implements Serializable {
    }

    /** One statement as stored: totals and each line's rule, quantity, amount and note key. */
    public record StatementView(String status, BigDecimal fixed, BigDecimal variable, BigDecimal total, List<String> lines, Instant computedAt)
            implements Serializable {
    }


    public Setup create() {
        HistoryRows rows = new HistoryRows(em);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Client client = new Client(("K" + tag).toUpperCase(), "KPI " + tag);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        AppUser supervisor = user("v" + tag, Role.SUPERVISOR);
        Team team = new Team("Team KPI " + tag, supervisor);
        em.persist(team);
        AppUser a = user("ka" + tag, Role.AGENT);
        AppUser b = user("kb" + tag, Role.AGENT);
        Agent agentA = new Agent(a);
        agentA.joinTeam(team);
        agentA.workFor(List.of(client));
        agentA.addContract(new ContractTerms(ContractType.FULL_TIME, 40, Money.euro("1500.00"), LocalDate.of(2025, 1, 1), null));
        em.persist(agentA);
        Agent agentB = new Agent(b);
        agentB.joinTeam(team);
        agentB.workFor(List.of(client));
        agentB.addContract(new ContractTerms(ContractType.PART_TIME, 20, Money.euro("900.00"), LocalDate.of(2025, 11, 16), null));
        em.persist(agentB);
        AppUser sales = user("ks" + tag, Role.SALES);
        em.persist(new SalesPerson(sales, client));
        Campaign selling = new Campaign(client, "Vendita " + tag, CampaignType.TELESELLING, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        Campaign visits = new Campaign(client, "Visite " + tag, CampaignType.APPOINTMENT_SETTING, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31));
        em.persist(selling);
        em.persist(visits);
        Customer customer = new Customer(client, "Cliente", "Fixture");
        em.persist(customer);
        Lead sellLead = new Lead(selling, customer, "+393480000001", Zones.ROME, 5, at(2025, 11, 1, 8, 0));
        Lead visitLead = new Lead(visits, customer, "+393480000001", Zones.ROME, 5, at(2025, 11, 1, 8, 0));
        em.persist(sellLead);
        em.persist(visitLead);
        em.flush();

        Long k = client.getId();
        // --- agent A, Monday 3 November: inbound work and tickets
        rows.statePeriod(a.getId(), "AVAILABLE", at(2025, 11, 3, 9, 0), at(2025, 11, 3, 13, 0));
        rows.statePeriod(a.getId(), "PAUSED", at(2025, 11, 3, 13, 0), at(2025, 11, 3, 13, 30));
        rows.statePeriod(a.getId(), "AVAILABLE", at(2025, 11, 3, 13, 30), at(2025, 11, 3, 17, 30));
        Long c1 = rows.call(k, customer.getId(), a.getId(), "INBOUND", null, null, at(2025, 11, 3, 9, 9), at(2025, 11, 3, 9, 10), at(2025, 11, 3, 9, 16), at(2025, 11, 3, 9, 17), 60, null, 5);
        Long c2 = rows.call(k, customer.getId(), a.getId(), "INBOUND", null, null, at(2025, 11, 3, 9, 59), at(2025, 11, 3, 10, 0), at(2025, 11, 3, 10, 4), at(2025, 11, 3, 10, 5), 0, null, 3);
        Long c3 = rows.call(k, customer.getId(), a.getId(), "INBOUND", null, null, at(2025, 11, 3, 10, 59), at(2025, 11, 3, 11, 0), at(2025, 11, 3, 11, 10), at(2025, 11, 3, 11, 12), 0, null, null);
        // rang while A was paused and nobody answered: not a call handled
        rows.call(k, customer.getId(), a.getId(), "INBOUND", null, null, at(2025, 11, 3, 13, 10), null, null, null, 0, null, null);
        rows.ticket(k, customer.getId(), a.getId(), c1, "TECHNICAL_SUPPORT", "Fixture", at(2025, 11, 3, 9, 11), at(2025, 11, 3, 9, 16, 30), true, false);   // FCR
        rows.ticket(k, customer.getId(), a.getId(), c2, "TECHNICAL_SUPPORT", "Fixture", at(2025, 11, 3, 10, 1), at(2025, 11, 4, 10, 0), false, false);      // resolved next day, late
        rows.ticket(k, customer.getId(), a.getId(), c3, "TECHNICAL_SUPPORT", "Fixture", at(2025, 11, 3, 11, 1), null, null, true);                           // escalated
        Long t4 = rows.ticket(k, customer.getId(), a.getId(), c3, "TECHNICAL_SUPPORT", "Fixture", at(2025, 11, 3, 11, 2), at(2025, 11, 3, 11, 11), true, false); // FCR, reopened later
        rows.reopened(t4, at(2025, 11, 5, 9, 0), "ancora guasto");

        // --- agent A, Tuesday 4 November: outbound
        rows.statePeriod(a.getId(), "AVAILABLE", at(2025, 11, 4, 14, 0), at(2025, 11, 4, 17, 0));
        Long s = selling.getId();
        rows.call(k, customer.getId(), a.getId(), "OUTBOUND", s, sellLead.getId(), at(2025, 11, 4, 14, 0), null, at(2025, 11, 4, 14, 1), null, 0, "NO_ANSWER", null);
        rows.call(k, customer.getId(), a.getId(), "OUTBOUND", s, sellLead.getId(), at(2025, 11, 4, 14, 9), at(2025, 11, 4, 14, 10), at(2025, 11, 4, 14, 12), at(2025, 11, 4, 14, 13), 0, "NOT_INTERESTED", null);
        Long o3 = rows.call(k, customer.getId(), a.getId(), "OUTBOUND", s, sellLead.getId(), at(2025, 11, 4, 14, 19), at(2025, 11, 4, 14, 20), at(2025, 11, 4, 14, 30), at(2025, 11, 4, 14, 32), 0, "SALE", null);
        Long o4 = rows.call(k, customer.getId(), a.getId(), "OUTBOUND", s, sellLead.getId(), at(2025, 11, 4, 14, 59), at(2025, 11, 4, 15, 0), at(2025, 11, 4, 15, 5), at(2025, 11, 4, 15, 6), 0, "SALE", null);
        Long o5 = rows.call(k, customer.getId(), a.getId(), "OUTBOUND", s, sellLead.getId(), at(2025, 11, 4, 15, 29), at(2025, 11, 4, 15, 30), at(2025, 11, 4, 15, 35), at(2025, 11, 4, 15, 36), 0, "SALE", null);
        rows.sale(s, sellLead.getId(), customer.getId(), a.getId(), o3, at(2025, 11, 4, 14, 30), true, new BigDecimal("100.00"), null);
        rows.sale(s, sellLead.getId(), customer.getId(), a.getId(), o4, at(2025, 11, 4, 15, 5), false, new BigDecimal("59.90"), null);            // no consent
        rows.sale(s, sellLead.getId(), customer.getId(), a.getId(), o5, at(2025, 11, 4, 15, 35), true, new BigDecimal("40.00"), at(2025, 11, 20, 9, 0)); // cancelled
        Long v = visits.getId();
        LocalDate[] meetings = {LocalDate.of(2025, 11, 10), LocalDate.of(2025, 11, 11), LocalDate.of(2025, 11, 12), LocalDate.of(2025, 12, 2)};
        String[] outcomes = {"HELD", "NO_SHOW", "HELD", "BOOKED"};
        for (int i = 0; i < 4; i++) {
            Instant ringing = at(2025, 11, 4, 15, 50 + i * 2);
            Instant answered = ringing.plusSeconds(60);
            Long call = rows.call(k, customer.getId(), a.getId(), "OUTBOUND", v, visitLead.getId(), ringing, answered, answered.plusSeconds(300), answered.plusSeconds(360), 0,
                    "APPOINTMENT_BOOKED", null);
            Instant starts = ZonedDateTime.of(meetings[i].atTime(10, 0), Zones.ROME).toInstant();
            rows.appointment(v, visitLead.getId(), customer.getId(), sales.getId(), a.getId(), call, starts, outcomes[i], answered.plusSeconds(300), null);
        }

        // --- agent B, Monday 17 November: one inbound call
        rows.statePeriod(b.getId(), "AVAILABLE", at(2025, 11, 17, 9, 0), at(2025, 11, 17, 13, 0));
        rows.call(k, customer.getId(), b.getId(), "INBOUND", null, null, at(2025, 11, 17, 9, 29), at(2025, 11, 17, 9, 30), at(2025, 11, 17, 9, 40), at(2025, 11, 17, 9, 45), 0, null, null);

        // --- the plan
        CommissionPlan plan = new CommissionPlan("Piano KPI " + tag, client, null, YearMonth.of(2025, 11), null, new BigDecimal("120.00"));
        plan.addRule(rule(RuleKind.PER_UNIT, "Appuntamenti svolti", PayUnit.APPOINTMENTS_HELD, null, "1:10; 2:15", null, null, null, null, null));
        plan.addRule(rule(RuleKind.PER_SALE, "Vendite", null, null, null, "5.00", "2.5", null, null, null));
        plan.addRule(rule(RuleKind.KPI_BONUS, "Bonus FCR", null, Kpi.FCR, null, null, null, "50", "100.00", null));
        plan.addRule(rule(RuleKind.KPI_BONUS, "Bonus AHT", null, Kpi.AHT, null, null, null, "400", "50.00", null));
        plan.addRule(rule(RuleKind.KPI_BONUS, "Bonus conversione", null, Kpi.CONVERSION_RATE, null, null, null, "80", "250.00", null));
        plan.addRule(rule(RuleKind.GATE, "Qualità", null, Kpi.CSAT, null, null, null, "4.5", null, "Bonus conversione"));
        em.persist(plan);
        em.flush();
        return new Setup(k, team.getId(), a.getId(), b.getId(), s, v, supervisor.getUsername(), a.getUsername(), b.getUsername());
    }

    public Map<String, String> agentMonth(Long agentId) {
        return values(result(ScopeKind.AGENT, agentId));
    }

    public Map<String, String> scopeMonth(ScopeKind scope, Long id) {
        return values(result(scope, id));
    }

    /** Raw tallies stored for an agent in the month (a re-run must not add any). */
    public long tallyRows(Long agentId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select count(t) from KpiTally t where t.agentId = :a and t.day between :f and :t", Long.class)
                .setParameter("a", agentId).setParameter("f", MONTH.atDay(1)).setParameter("t", MONTH.atEndOfMonth()).getSingleResult();
    }

    public long dayResults(LocalDate day, Long agentId) {
        return em.createQuery("select count(r) from KpiResult r where r.periodKind = :k and r.periodStart = :d and r.scopeKind = :s and r.scopeId = :a",
                        Long.class).setParameter("k", PeriodKind.DAY).setParameter("d", day).setParameter("s", ScopeKind.AGENT)
                .setParameter("a", agentId).getSingleResult();
    }

    public Optional<StatementView> statement(Long agentId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select s from PayStatement s where s.agent.id = :a and s.month = :m", PayStatement.class)
                .setParameter("a", agentId).setParameter("m", MONTH.atDay(1)).getResultStream().findFirst()
                .map(s -> new StatementView(s.getStatus().name(), s.getFixedPay().amount(), s.getVariablePay().amount(), s.getTotal().amount(),
                        s.getLines().stream().map(l -> l.getKind() + " " + l.getRule() + " | " + (l.getQuantity() == null ? "-" : l.getQuantity().stripTrailingZeros().toPlainString())
                                + " | " + l.getAmount().amount().toPlainString() + (l.getNoteKey() == null ? "" : " | " + l.getNoteKey())).toList(),
                        s.getComputedAt()));
    }

    public void approve(Long agentId) {
        em.createQuery("select s from PayStatement s where s.agent.id = :a and s.month = :m", PayStatement.class)
                .setParameter("a", agentId).setParameter("m", MONTH.atDay(1)).getSingleResult().approve("fixture", clock.instant());
    }

    /** The fixture's sale of the agent with this total (100.00 paid, 59.90 without consent, 40.00 cancelled). */
    public Long saleOf(Long agentId, String total) {
        return em.createQuery("select s.id from Sale s where s.agent.id = :a", Long.class).setParameter("a", agentId).getResultList().stream()
                .filter(id -> em.find(it.cuffia.outbound.domain.Sale.class, id).getTotal().amount().compareTo(new BigDecimal(total)) == 0)
                .findFirst().orElseThrow();
    }

    /** One more sale of the agent, with consent, on 4 November in the call of their first sale: paid unless cancelled. */
    public Long extraSale(Long agentId, String total) {
        Object[] first = (Object[]) em.createNativeQuery("select s.campaign_id, s.lead_id, s.customer_id, s.interaction_id from sale s"
                + " where s.agent_id = ?1 and s.total = 100.00").setParameter(1, agentId).getSingleResult();
        new HistoryRows(em).sale(((Number) first[0]).longValue(), ((Number) first[1]).longValue(), ((Number) first[2]).longValue(), agentId,
                ((Number) first[3]).longValue(), at(2025, 11, 4, 16, 30), true, new BigDecimal(total), null);
        return saleOf(agentId, total);
    }

    /** A gate on QUALITY (at least {@code target} %) in front of the named rules of the client's plan. */
    public void qualityGate(Long clientId, String target, String guards) {
        CommissionPlan plan = em.createQuery("select p from CommissionPlan p where p.client.id = :c", CommissionPlan.class)
                .setParameter("c", clientId).getSingleResult();
        plan.addRule(rule(RuleKind.GATE, "Qualità chiamate", null, Kpi.QUALITY, null, null, null, target, null, guards));
    }

    /**
     * The team supervisor's evaluations of the agent's inbound calls of 3 November, on 10 November, against the client's
     * form (weights: greeting 2, privacy notice 5 and critical, courtesy 3 on a scale of 5): one row of values per call,
     * oldest call first.
     */
    public void evaluations(Long clientId, Long agentId, int[]... values) {
        Client client = em.find(Client.class, clientId);
        it.cuffia.quality.domain.QualityForm form = new it.cuffia.quality.domain.QualityForm(client, null, null, "Qualità " + client.getName(),
                "fixture", at(2025, 10, 1, 9, 0));
        form.latest().addItem(new it.cuffia.quality.domain.QualityItem.ItemData("Apertura", "Saluto", it.cuffia.quality.domain.ItemKind.YES_NO, 2,
                null, false, false));
        form.latest().addItem(new it.cuffia.quality.domain.QualityItem.ItemData("Privacy", "Informativa letta", it.cuffia.quality.domain.ItemKind.YES_NO,
                5, null, true, false));
        form.latest().addItem(new it.cuffia.quality.domain.QualityItem.ItemData("Chiusura", "Cortesia", it.cuffia.quality.domain.ItemKind.SCALE, 3,
                5, false, false));
        em.persist(form);
        List<it.cuffia.contact.domain.Interaction> calls = em.createQuery("select i from Interaction i where i.agent.id = :a"
                        + " and i.answeredAt is not null and i.campaign is null order by i.ringingAt", it.cuffia.contact.domain.Interaction.class)
                .setParameter("a", agentId).getResultList();
        for (int i = 0; i < values.length; i++) {
            Map<Integer, Integer> byPosition = Map.of(1, values[i][0], 2, values[i][1], 3, values[i][2]);
            em.persist(new it.cuffia.quality.domain.Evaluation(calls.get(i), form.latest(), byPosition, null, "fixture", at(2025, 11, 10, 15, i)));
        }
    }

    /** The plan without its monthly cap: a cancelled sale then changes what the month paid. */
    public void liftCap(Long clientId) {
        CommissionPlan plan = em.createQuery("select p from CommissionPlan p where p.client.id = :c", CommissionPlan.class)
                .setParameter("c", clientId).getSingleResult();
        plan.change(plan.getName(), plan.getCampaign(), YearMonth.from(plan.getValidFrom()), null, null);
    }

    /** The agent's month as the statement job would store it now, line by line (as {@link #statement}). */
    public List<String> computed(Long agentId, YearMonth month) {
        em.getEntityManagerFactory().getCache().evictAll();
        return calculation.compute(agentId, month).lines().stream().map(l -> l.line().kind() + " " + l.line().rule() + " | "
                + (l.line().quantity() == null ? "-" : l.line().quantity().stripTrailingZeros().toPlainString()) + " | "
                + l.line().amount().toPlainString() + (l.line().note() == null ? "" : " | " + l.line().note()
                + (l.line().noteArg() == null ? "" : " " + l.line().noteArg()))).toList();
    }

    /** The agent's clawbacks: "month paid-month amount reason". */
    public List<String> clawbacks(Long agentId) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select a from PayAdjustment a where a.agent.id = :a order by a.id", it.cuffia.pay.domain.PayAdjustment.class)
                .setParameter("a", agentId).getResultStream()
                .map(a -> a.getMonth() + " " + a.getPaidMonth() + " " + a.getAmount().amount().toPlainString() + " " + a.getReason()).toList();
    }

    /**
     * On {@code day} at 10:00 an inbound call of the fixture's customer answered by the agent, a ticket opened in it
     * (taken by the agent) and resolved at 10:05, the call ended at 10:06 and its wrap-up not over yet: as the console
     * and the ticket page leave them (Ticket.open, take, openedDuring, resolve).
     */
    public TicketInCall ticketResolvedInItsCall(Long agentId, Long clientId, LocalDate day) {
        Client client = em.find(Client.class, clientId);
        AppUser agent = em.find(AppUser.class, agentId);
        Customer customer = em.createQuery("select c from Customer c where c.client = :k", Customer.class).setParameter("k", client)
                .setMaxResults(1).getSingleResult();
        Instant ten = ZonedDateTime.of(day.atTime(10, 0), Zones.ROME).toInstant();
        it.cuffia.contact.domain.Interaction call = it.cuffia.contact.domain.Interaction.inbound(client, it.cuffia.contact.domain.Channel.PHONE,
                "+393480000001", "pbx-" + UUID.randomUUID(), ten.minusSeconds(20));
        call.identify(customer);
        call.answer(agent, ten);
        em.persist(call);
        it.cuffia.ticketing.domain.Ticket ticket = it.cuffia.ticketing.domain.Ticket.open(customer,
                it.cuffia.ticketing.domain.TicketCategory.TECHNICAL_SUPPORT, it.cuffia.ticketing.domain.Priority.NORMAL,
                it.cuffia.contact.domain.Channel.PHONE, "Modem spento", null, it.cuffia.ticketing.domain.SlaTarget.standard(client,
                        it.cuffia.ticketing.domain.TicketCategory.TECHNICAL_SUPPORT, it.cuffia.ticketing.domain.Priority.NORMAL),
                agent.getUsername(), ten.plusSeconds(60));
        ticket.take(agent, ten.plusSeconds(60));
        ticket.openedDuring(call);
        ticket.resolve("RIAVVIO", agent.getUsername(), ten.plusSeconds(300));
        em.persist(ticket);
        call.end(ten.plusSeconds(360));
        em.flush();
        return new TicketInCall(call.getId(), ticket.getId());
    }

    /** The call's wrap-up ends 40 s after the call (committed on return: {@link #wrappedUp} then says so, as the console does). */
    public void endWrapUp(Long callId) {
        it.cuffia.contact.domain.Interaction call = em.find(it.cuffia.contact.domain.Interaction.class, callId);
        call.finishWrapUp("Modem riavviato", (String) null, call.getEndedAt().plusSeconds(40));
    }

    public void wrappedUp(Long callId) {
        finished.fire(new it.cuffia.contact.application.CallFinished(callId,
                em.find(it.cuffia.contact.domain.Interaction.class, callId).getWrapUpEndedAt()));
    }

    /** "wrap-up end of the call | the ticket's copy | the ticket's version". */
    public String openingWrapUp(TicketInCall inCall) {
        em.getEntityManagerFactory().getCache().evictAll();
        it.cuffia.ticketing.domain.Ticket ticket = em.find(it.cuffia.ticketing.domain.Ticket.class, inCall.ticketId());
        return em.find(it.cuffia.contact.domain.Interaction.class, inCall.callId()).getWrapUpEndedAt() + " | "
                + ticket.getOpeningWrapUpEndedAt() + " | " + ticket.getVersion();
    }

    /** The agent's day as the KPI tally counts it now: "tickets opened, of them first contact, FCR". */
    public String ticketsOfTheDay(Long agentId, LocalDate day) {
        it.cuffia.kpi.domain.KpiCounters sum = new it.cuffia.kpi.domain.KpiCounters();
        kpis.tallyOf(agentId, day).forEach(t -> sum.add(t.getCounters()));
        Object[] counts = sum.counts();
        return counts[2] + " " + counts[3] + " " + sum.value(Kpi.FCR).map(BigDecimal::toPlainString).orElse("—");
    }

    /** A late-recorded HELD visit of A: changes A's numbers, so a recompute would show it. */
    public void markDecemberVisitAsNovember(Long agentId) {
        em.createNativeQuery("update appointment set starts_at = ?1, ends_at = ?2, status = 'HELD' where agent_id = ?3 and status = 'BOOKED'")
                .setParameter(1, SqlValues.timestamp(at(2025, 11, 28, 10, 0))).setParameter(2, SqlValues.timestamp(at(2025, 11, 28, 11, 0)))
                .setParameter(3, agentId).executeUpdate();
    }

    private KpiResult result(ScopeKind scope, Long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.createQuery("select r from KpiResult r where r.periodKind = :k and r.periodStart = :s and r.scopeKind = :c and r.scopeId = :i",
                        KpiResult.class).setParameter("k", PeriodKind.MONTH).setParameter("s", MONTH.atDay(1)).setParameter("c", scope)
                .setParameter("i", id).getSingleResult();
    }

    private static Map<String, String> values(KpiResult result) {
        Map<String, String> values = new TreeMap<>();
        for (Kpi kpi : Kpi.values()) {
            values.put(kpi.name(), result.value(kpi).map(BigDecimal::toPlainString).orElse("—"));
        }
        return values;
    }

    private static CommissionRule.RuleData rule(RuleKind kind, String name, PayUnit unit, Kpi kpi, String tiers, String fixed, String percent,
                                                String target, String amount, String guards) {
        return new CommissionRule.RuleData(kind, name, unit, kpi, tiers, fixed == null ? null : new BigDecimal(fixed),
                percent == null ? null : new BigDecimal(percent), target == null ? null : new BigDecimal(target),
                amount == null ? null : new BigDecimal(amount), guards);
    }

    /** A user who logs in with the demo password (the hash of a demo user's): the month-close test acts through the API. */
    private AppUser user(String username, Role role) {
        AppUser user = new AppUser(username, "Fixture", username, Set.of(role));
        user.setPasswordHash(em.createQuery("select u.passwordHash from AppUser u where u.username = :u", String.class)
                .setParameter("u", Demo.SUPERVISOR).getSingleResult());
        em.persist(user);
        return user;
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return at(y, m, d, h, min, 0);
    }

    private static Instant at(int y, int m, int d, int h, int min, int s) {
        return ZonedDateTime.of(LocalDateTime.of(y, m, d, h, min, s), Zones.ROME).toInstant();
    }
}
