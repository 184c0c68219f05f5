package it.cuffia.demo;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.Team;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.kpi.domain.KpiTarget;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRule;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.pay.domain.RuleKind;
import it.cuffia.shared.domain.ItalianHolidays;
import it.cuffia.shared.domain.Zones;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A month and a half of past work for the demo (the previous month and this month up to
 * yesterday): agents' state periods, inbound calls with tickets, outbound attempts with sales and
 * appointments, so that KPI reports, statements and dashboards have numbers to show. Written as
 * rows (the consoles would have written the same), seeded, so every demo is the same.
 */
final class DemoHistory {

    private static final Outcome[] SELLING = {Outcome.NO_ANSWER, Outcome.NO_ANSWER, Outcome.BUSY, Outcome.ANSWERING_MACHINE,
            Outcome.NOT_INTERESTED, Outcome.NOT_INTERESTED, Outcome.CALLBACK, Outcome.SALE, Outcome.SALE, Outcome.INFO_SENT};
    private static final Outcome[] VISITS = {Outcome.NO_ANSWER, Outcome.NO_ANSWER, Outcome.BUSY, Outcome.NOT_INTERESTED,
            Outcome.NOT_INTERESTED, Outcome.CALLBACK, Outcome.APPOINTMENT_BOOKED, Outcome.APPOINTMENT_BOOKED};
    private static final Outcome[] SURVEY = {Outcome.NO_ANSWER, Outcome.BUSY, Outcome.NOT_INTERESTED, Outcome.SURVEY_COMPLETED,
            Outcome.SURVEY_COMPLETED, Outcome.SURVEY_COMPLETED};

    private final EntityManager em;
    private final Random random;
    private final List<Long> ids = new ArrayList<>();

    DemoHistory(EntityManager em, Random random) {
        this.em = em;
        this.random = random;
    }

    /** Plans and targets for both clients, valid from the previous month. */
    void plansAndTargets(Client aurora, Client verde, Team milano, Team napoli, YearMonth from) {
        CommissionPlan auroraPlan = new CommissionPlan("Provvigioni Aurora 2026", aurora, null, from, null, new BigDecimal("600.00"));
        auroraPlan.addRule(rule(RuleKind.PER_UNIT, "Appuntamenti svolti", PayUnit.APPOINTMENTS_HELD, null, "1:10; 21:15", null, null, null, null, null));
        auroraPlan.addRule(rule(RuleKind.PER_SALE, "Vendite con consenso", null, null, null, "5.00", "2", null, null, null));
        auroraPlan.addRule(rule(RuleKind.KPI_BONUS, "Bonus FCR", null, Kpi.FCR, null, null, null, "70", "100.00", null));
        auroraPlan.addRule(rule(RuleKind.KPI_BONUS, "Bonus AHT", null, Kpi.AHT, null, null, null, "420", "50.00", null));
        auroraPlan.addRule(rule(RuleKind.GATE, "Qualità minima", null, Kpi.CSAT, null, null, null, "3.8", null, "Bonus FCR, Bonus AHT"));
        em.persist(auroraPlan);
        CommissionPlan verdePlan = new CommissionPlan("Provvigioni Energia Verde 2026", verde, null, from, null, new BigDecimal("400.00"));
        verdePlan.addRule(rule(RuleKind.PER_UNIT, "Questionari completati", PayUnit.CONVERSIONS, null, "1:1.50; 101:2.50", null, null, null, null, null));
        verdePlan.addRule(rule(RuleKind.KPI_BONUS, "Bonus conversione", null, Kpi.CONVERSION_RATE, null, null, null, "40", "80.00", null));
        verdePlan.addRule(rule(RuleKind.KPI_BONUS, "Bonus FCR", null, Kpi.FCR, null, null, null, "70", "60.00", null));
        em.persist(verdePlan);
        target(Kpi.FCR, ScopeKind.CLIENT, aurora.getId(), "70");
        target(Kpi.AHT, ScopeKind.CLIENT, aurora.getId(), "420");
        target(Kpi.CSAT, ScopeKind.CLIENT, aurora.getId(), "4");
        target(Kpi.CONVERSION_RATE, ScopeKind.CLIENT, aurora.getId(), "25");
        target(Kpi.SLA_COMPLIANCE, ScopeKind.CLIENT, verde.getId(), "90");
        target(Kpi.CONVERSION_RATE, ScopeKind.TEAM, napoli.getId(), "40");
        target(Kpi.OCCUPANCY, ScopeKind.TEAM, napoli.getId(), "35");
        target(Kpi.OCCUPANCY, ScopeKind.TEAM, milano.getId(), "35");
        target(Kpi.CONTACT_RATE, ScopeKind.TEAM, milano.getId(), "50");
    }

    /** Work of every agent on each working day from {@code from} to {@code to}. */
    void work(List<Agent> agents, List<Campaign> campaigns, List<Customer> customers, List<Lead> leads, Long salesUserId,
              LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || ItalianHolidays.isHoliday(day)) {
                continue;
            }
            for (Agent agent : agents) {
                if (random.nextInt(12) == 0) {
                    continue; // a day off now and then
                }
                day(agent, day, campaigns, customers, leads, salesUserId);
            }
        }
    }

    private void day(Agent agent, LocalDate day, List<Campaign> campaigns, List<Customer> customers, List<Lead> leads, Long salesUserId) {
        Long user = agent.getUser().getId();
        boolean partTime = agent.contractOn(day).map(c -> c.getType() == ContractType.PART_TIME).orElse(false);
        period(user, "AVAILABLE", at(day, 9, 0), at(day, 11, 0));
        period(user, "PAUSED", at(day, 11, 0), at(day, 11, 15));
        period(user, "AVAILABLE", at(day, 11, 15), at(day, 13, 0));
        if (!partTime) {
            period(user, "AVAILABLE", at(day, 14, 0), at(day, 18, 0));
        }
        Client client = agent.getClients().iterator().next();
        List<Customer> theirs = customers.stream().filter(c -> c.getClient().equals(client)).toList();
        // the campaign the agent is named in, else one of their team's
        Campaign campaign = campaigns.stream().filter(c -> c.getAgents().contains(agent.getUser())).findFirst()
                .or(() -> campaigns.stream().filter(c -> c.getTeams().contains(agent.getTeam()) && c.getClient().equals(client)
                        && c.getType() == CampaignType.SURVEY).findFirst())
                .orElse(null);
        int minutes = 9 * 60 + random.nextInt(20);
        int end = partTime ? 13 * 60 - 20 : 18 * 60 - 20;
        boolean outboundFirst = campaign != null;
        while (minutes < end) {
            if (minutes >= 11 * 60 && minutes < 11 * 60 + 15) {
                minutes = 11 * 60 + 15;
            }
            if (minutes >= 13 * 60 && minutes < 14 * 60) {
                minutes = 14 * 60;
            }
            Customer customer = theirs.get(random.nextInt(theirs.size()));
            Instant ringing = at(day, minutes / 60, minutes % 60);
            if (outboundFirst && random.nextInt(3) != 0) {
                minutes += outbound(user, client, campaign, leads, customer, ringing, salesUserId, day);
            } else {
                minutes += inbound(user, client, customer, ringing);
            }
            minutes += 1 + random.nextInt(4);
        }
    }

    private int inbound(Long user, Client client, Customer customer, Instant ringing) {
        Instant answered = ringing.plusSeconds(5 + random.nextInt(25));
        Instant ended = answered.plusSeconds(120 + random.nextInt(420));
        Instant wrapUp = ended.plusSeconds(30 + random.nextInt(90));
        Long call = call(client.getId(), customer.getId(), user, "INBOUND", null, null, ringing, answered, ended, wrapUp,
                random.nextInt(3) == 0 ? random.nextInt(60) : 0, null, random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null);
        if (random.nextInt(10) < 6) {
            int fate = random.nextInt(20);
            boolean escalated = fate < 2;
            Instant resolved = escalated ? null : fate < 15 ? ended.minusSeconds(10) : wrapUp.plusSeconds(3600L * (2 + random.nextInt(30)));
            ticket(client.getId(), customer.getId(), user, call, answered.plusSeconds(30), resolved, resolved == null ? null : random.nextInt(10) < 9, escalated);
        }
        return (int) Math.max(1, java.time.Duration.between(ringing, wrapUp).toMinutes());
    }

    private int outbound(Long user, Client client, Campaign campaign, List<Lead> leads, Customer customer, Instant ringing, Long salesUserId,
                         LocalDate day) {
        Outcome[] outcomes = campaign.getType() == CampaignType.SURVEY ? SURVEY
                : campaign.getType() == CampaignType.APPOINTMENT_SETTING ? VISITS : SELLING;
        Outcome outcome = outcomes[random.nextInt(outcomes.length)];
        Lead lead = leads.stream().filter(l -> l.getCampaign().equals(campaign)).skip(random.nextInt(20)).findFirst().orElse(null);
        if (lead == null) {
            return 1;
        }
        Instant answered = outcome.isContact() ? ringing.plusSeconds(10 + random.nextInt(20)) : null;
        Instant ended = answered == null ? ringing.plusSeconds(30) : answered.plusSeconds(60 + random.nextInt(360));
        Instant wrapUp = ended.plusSeconds(20 + random.nextInt(60));
        Long call = call(client.getId(), lead.getCustomer().getId(), user, "OUTBOUND", campaign.getId(), lead.getId(), ringing, answered, ended,
                wrapUp, 0, outcome.name(), null);
        if (outcome == Outcome.SALE) {
            BigDecimal total = BigDecimal.valueOf(2990 + random.nextInt(9000), 2).setScale(2, RoundingMode.HALF_EVEN);
            em.createNativeQuery("insert into sale (id, version, campaign_id, lead_id, customer_id, agent_id, interaction_id, sold_at, consent_ok, total)"
                            + " values (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, id()).setParameter(2, campaign.getId()).setParameter(3, lead.getId()).setParameter(4, lead.getCustomer().getId())
                    .setParameter(5, user).setParameter(6, call).setParameter(7, SqlValues.timestamp(ended)).setParameter(8, random.nextInt(10) != 0)
                    .setParameter(9, total).executeUpdate();
        }
        if (outcome == Outcome.APPOINTMENT_BOOKED) {
            LocalDate meetingDay = day.plusDays(2 + random.nextInt(5));
            while (meetingDay.getDayOfWeek().getValue() > 5) {
                meetingDay = meetingDay.plusDays(1);
            }
            Instant starts = at(meetingDay, 9 + random.nextInt(8), 0);
            boolean past = meetingDay.isBefore(LocalDate.now(Zones.ROME).minusDays(1)) || meetingDay.isBefore(day.plusDays(7));
            String status = !past ? "BOOKED" : random.nextInt(10) < 7 ? "HELD" : random.nextInt(2) == 0 ? "NO_SHOW" : "CANCELLED";
            em.createNativeQuery("insert into appointment (id, version, campaign_id, lead_id, customer_id, sales_user_id, agent_id, interaction_id,"
                            + " starts_at, ends_at, meeting_type, status, booked_at, outcome_reason) values (?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                            + " 'IN_PERSON', ?10, ?11, ?12)")
                    .setParameter(1, id()).setParameter(2, campaign.getId()).setParameter(3, lead.getId()).setParameter(4, lead.getCustomer().getId())
                    .setParameter(5, salesUserId).setParameter(6, user).setParameter(7, call).setParameter(8, SqlValues.timestamp(starts))
                    .setParameter(9, SqlValues.timestamp(starts.plusSeconds(3600))).setParameter(10, status).setParameter(11, SqlValues.timestamp(ended))
                    .setParameter(12, status.equals("CANCELLED") ? "Il cliente ha disdetto" : null).executeUpdate();
        }
        return (int) Math.max(1, java.time.Duration.between(ringing, wrapUp).toMinutes());
    }

    private void target(Kpi kpi, ScopeKind scope, Long id, String value) {
        em.persist(new KpiTarget(kpi, scope, id, new BigDecimal(value)));
    }

    private static CommissionRule.RuleData rule(RuleKind kind, String name, PayUnit unit, Kpi kpi, String tiers, String fixed, String percent,
                                                String target, String amount, String guards) {
        return new CommissionRule.RuleData(kind, name, unit, kpi, tiers, fixed == null ? null : new BigDecimal(fixed),
                percent == null ? null : new BigDecimal(percent), target == null ? null : new BigDecimal(target),
                amount == null ? null : new BigDecimal(amount), guards);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Zones.ROME).toInstant();
    }

    /** Ids from the shared sequence: one call reserves the block of 50 that EclipseLink would have taken. */
    private Long id() {
        if (ids.isEmpty()) {
            long top = ((Number) em.createNativeQuery("select nextval('cuffia_seq')").getSingleResult()).longValue();
            for (long i = top - 49; i <= top; i++) {
                ids.add(i);
            }
        }
        return ids.remove(0);
    }

    private void period(Long user, String state, Instant from, Instant to) {
        em.createNativeQuery("insert into agent_state_period (id, version, user_id, state, started_at, ended_at) values (?1, 0, ?2, ?3, ?4, ?5)")
                .setParameter(1, id()).setParameter(2, user).setParameter(3, state)
                .setParameter(4, SqlValues.timestamp(from)).setParameter(5, SqlValues.timestamp(to)).executeUpdate();
    }

    private Long call(Long clientId, Long customerId, Long user, String direction, Long campaignId, Long leadId, Instant ringing, Instant answered,
                      Instant ended, Instant wrapUp, int hold, String outcome, Integer satisfaction) {
        Long id = id();
        em.createNativeQuery("insert into interaction (id, version, client_id, customer_id, agent_id, channel, direction, ringing_at, answered_at,"
                        + " ended_at, wrap_up_ended_at, hold_seconds, outcome, campaign_id, lead_id, satisfaction, notes)"
                        + " values (?1, 0, ?2, ?3, ?4, 'PHONE', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'storico demo')")
                .setParameter(1, id).setParameter(2, clientId).setParameter(3, customerId).setParameter(4, user)
                .setParameter(5, direction).setParameter(6, SqlValues.timestamp(ringing)).setParameter(7, answered == null ? null : SqlValues.timestamp(answered))
                .setParameter(8, SqlValues.timestamp(ended)).setParameter(9, SqlValues.timestamp(wrapUp)).setParameter(10, hold)
                .setParameter(11, outcome).setParameter(12, campaignId).setParameter(13, leadId).setParameter(14, satisfaction).executeUpdate();
        return id;
    }

    private void ticket(Long clientId, Long customerId, Long owner, Long interaction, Instant opened, Instant resolved, Boolean met, boolean escalated) {
        em.createNativeQuery("insert into ticket (id, version, client_id, customer_id, category, priority, channel, subject, state, support_level,"
                        + " owner_id, opened_at, resolved_at, first_response_at, first_response_due, resolution_due, resolution_met, escalated,"
                        + " opened_in_interaction_id) values (?1, 0, ?2, ?3, ?4, 'NORMAL', 'PHONE', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                .setParameter(1, id()).setParameter(2, clientId).setParameter(3, customerId)
                .setParameter(4, random.nextBoolean() ? "TECHNICAL_SUPPORT" : "CUSTOMER_SERVICE")
                .setParameter(5, random.nextBoolean() ? "Connessione lenta" : "Bolletta non chiara")
                .setParameter(6, resolved != null ? "CLOSED" : "OPEN").setParameter(7, escalated ? 2 : 1)
                .setParameter(8, owner).setParameter(9, SqlValues.timestamp(opened)).setParameter(10, resolved == null ? null : SqlValues.timestamp(resolved))
                .setParameter(11, SqlValues.timestamp(opened)).setParameter(12, SqlValues.timestamp(opened.plusSeconds(3600)))
                .setParameter(13, SqlValues.timestamp(opened.plusSeconds(86400 * 2))).setParameter(14, met).setParameter(15, escalated)
                .setParameter(16, interaction).executeUpdate();
    }
}
