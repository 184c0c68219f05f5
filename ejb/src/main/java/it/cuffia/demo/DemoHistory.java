package it.cuffia.demo;

import it.cuffia.appointments.domain.Appointment;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.appointments.domain.SlotPlanner;
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
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.pay.domain.CommissionPlan;
import it.cuffia.pay.domain.CommissionRule;
import it.cuffia.pay.domain.PayUnit;
import it.cuffia.pay.domain.RuleKind;
import it.cuffia.shared.domain.ItalianHolidays;
import it.cuffia.shared.domain.Zones;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final HistoryRows rows;

    DemoHistory(EntityManager em, Random random) {
        this.em = em;
        this.random = random;
        this.rows = new HistoryRows(em);
        this.bookings = new DemoBookings(random, this::bookedBefore);
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

    /** Work of every agent on each working day from {@code from} to {@code to} (yesterday). */
    void work(List<Agent> agents, List<Campaign> campaigns, List<Customer> customers, List<Lead> leads,
              LocalDate from, LocalDate to) {
        today = to.plusDays(1);
        sellingScript = new SellingScriptHistory(em, random, at(from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2), 8, 0));
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || ItalianHolidays.isHoliday(day)) {
                continue;
            }
            for (Agent agent : agents) {
                if (random.nextInt(12) == 0) {
                    continue; // a day off now and then
                }
                day(agent, day, campaigns, customers, leads);
            }
        }
    }

    private void day(Agent agent, LocalDate day, List<Campaign> campaigns, List<Customer> customers, List<Lead> leads) {
        Long user = agent.getUser().getId();
        boolean partTime = agent.contractOn(day).map(c -> c.getType() == ContractType.PART_TIME).orElse(false);
        rows.statePeriod(user, "AVAILABLE", at(day, 9, 0), at(day, 11, 0));
        rows.statePeriod(user, "PAUSED", at(day, 11, 0), at(day, 11, 15));
        rows.statePeriod(user, "AVAILABLE", at(day, 11, 15), at(day, 13, 0));
        if (!partTime) {
            rows.statePeriod(user, "AVAILABLE", at(day, 14, 0), at(day, 18, 0));
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
                minutes += outbound(user, client, campaign, leads, ringing);
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
        Long call = rows.call(client.getId(), customer.getId(), user, "INBOUND", null, null, ringing, answered, ended, wrapUp,
                random.nextInt(3) == 0 ? random.nextInt(60) : 0, null, random.nextInt(3) == 0 ? 3 + random.nextInt(3) : null);
        if (random.nextInt(10) < 6) {
            int fate = random.nextInt(20);
            boolean escalated = fate < 2;
            Instant resolved = escalated ? null : fate < 15 ? ended.minusSeconds(10) : wrapUp.plusSeconds(3600L * (2 + random.nextInt(30)));
            Long ticket = rows.ticket(client.getId(), customer.getId(), user, call, random.nextBoolean() ? "TECHNICAL_SUPPORT" : "CUSTOMER_SERVICE",
                    random.nextBoolean() ? "Connessione lenta" : "Bolletta non chiara", answered.plusSeconds(30), resolved,
                    resolved == null ? null : random.nextInt(10) < 9, escalated);
            if (resolved != null) {
                survey(client, customer, ticket, user, resolved);
            }
        }
        return (int) Math.max(1, java.time.Duration.between(ringing, wrapUp).toMinutes());
    }

    /** Issue 16 §2: Aurora surveys its customers after resolved tickets; about a third answer (a random of its own, so
     * the rest of the history stays as it was). */
    private final Random surveys = new Random(162);
    private static final int[] SATISFACTION = {5, 5, 5, 4, 4, 4, 4, 3, 3, 2, 1};
    private static final int[] RECOMMENDATION = {10, 10, 9, 9, 9, 8, 8, 7, 7, 6, 5, 3, 0};
    private static final String[] COMMENTS = {"Operatore gentile e competente.", "Risolto in fretta, grazie.",
            "Ho dovuto chiamare due volte.", "Tempi di attesa troppo lunghi.", null, null, null};

    private void survey(Client client, Customer customer, Long ticket, Long agent, Instant resolved) {
        if (!"AURORA".equals(client.getCode()) || customer.getEmail() == null || surveys.nextInt(3) != 0) {
            return;
        }
        Instant answered = resolved.plusSeconds(3600 + 600 + surveys.nextInt(20 * 3600));
        if (!answered.isBefore(today.atStartOfDay(it.cuffia.shared.domain.Zones.ROME).toInstant())) {
            return;
        }
        rows.answeredSurvey(client.getId(), customer.getId(), ticket, agent, customer.getEmail(), resolved, answered,
                SATISFACTION[surveys.nextInt(SATISFACTION.length)], RECOMMENDATION[surveys.nextInt(RECOMMENDATION.length)],
                COMMENTS[surveys.nextInt(COMMENTS.length)], customer.getFullName());
    }

    private int outbound(Long user, Client client, Campaign campaign, List<Lead> leads, Instant ringing) {
        Outcome[] outcomes = campaign.getType() == CampaignType.SURVEY ? SURVEY
                : campaign.getType() == CampaignType.APPOINTMENT_SETTING ? VISITS : SELLING;
        Outcome outcome = outcomes[random.nextInt(outcomes.length)];
        Lead lead = leads.stream().filter(l -> l.getCampaign().equals(campaign)).skip(random.nextInt(20)).findFirst().orElse(null);
        if (lead == null) {
            return 1;
        }
        Instant answered = outcome.isContact() ? ringing.plusSeconds(10 + random.nextInt(20)) : null;
        Instant ended = answered == null ? ringing.plusSeconds(30) : answered.plusSeconds(60 + random.nextInt(360));
        Optional<DemoBookings.Booking> booking = Optional.empty();
        if (outcome == Outcome.APPOINTMENT_BOOKED) {
            // as in the console: a free slot of an eligible sales person, or no appointment (the agent calls back)
            booking = book(campaign, lead, ended);
            if (booking.isEmpty()) {
                outcome = Outcome.CALLBACK;
            }
        }
        Instant wrapUp = ended.plusSeconds(20 + random.nextInt(60));
        Long call = rows.call(client.getId(), lead.getCustomer().getId(), user, "OUTBOUND", campaign.getId(), lead.getId(), ringing, answered, ended,
                wrapUp, 0, outcome.name(), null);
        if (answered != null && campaign.equals(sellingScript.campaign())) {
            sellingScript.run(rows, call, outcome, ringing, (int) java.time.Duration.between(answered, wrapUp).toSeconds(), wrapUp);
        }
        if (outcome == Outcome.SALE) {
            sale(campaign, lead, user, call, ended, random.nextInt(10) != 0);
        }
        if (outcome == Outcome.SURVEY_COMPLETED) {
            surveyAnswers(campaign, call);
        }
        if (booking.isPresent()) {
            Instant starts = booking.get().slot().start();
            boolean past = !starts.isAfter(at(today, 0, 0));
            String status = !past ? "BOOKED" : random.nextInt(10) < 7 ? "HELD" : random.nextInt(2) == 0 ? "NO_SHOW" : "CANCELLED";
            Long salesUserId = booking.get().agenda().getSalesPerson().getUser().getId();
            rows.appointment(campaign.getId(), lead.getId(), lead.getCustomer().getId(), salesUserId, user, call, starts, status, ended,
                    status.equals("CANCELLED") ? "Il cliente ha disdetto" : null);
        }
        return (int) Math.max(1, java.time.Duration.between(ringing, wrapUp).toMinutes());
    }

    private SellingScriptHistory sellingScript;
    private LocalDate today;
    private final DemoBookings bookings;
    /** What the demo's customers buy and answer: randoms of their own, so that the rest of the history stays as it was. */
    private final Random baskets = new Random(1701);
    private final Random answers = new Random(1702);
    private static final int[] SCORES = {10, 10, 9, 9, 9, 8, 8, 8, 8, 7, 7, 6, 5, 4, 2};
    private static final String[] SUGGESTIONS = {"Bollette più chiare", "Più sportelli sul territorio", "L'app funziona bene",
        "Tempi di attesa al telefono troppo lunghi", "Offerte per chi ha già il gas"};

    /**
     * A sale as an agent records it: one of the campaign's offers at its price, now and then a second one sold with it
     * (cross-selling, one or two of it); the total is the sum of the lines.
     */
    private void sale(Campaign campaign, Lead lead, Long agent, Long call, Instant sold, boolean consentOk) {
        // dearest first: most customers take the campaign's main offer, some only a cheaper one
        List<Offer> offers = campaign.getOffers().stream().sorted(Comparator.comparing((Offer o) -> o.getPrice().amount()).reversed()).toList();
        if (offers.isEmpty()) {
            return;
        }
        Offer main = offers.get(baskets.nextInt(4) == 0 ? Math.min(1, offers.size() - 1) : 0);
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {main, 1, main.getPrice().amount(), "NEW"});
        List<Offer> others = offers.stream().filter(o -> !o.equals(main)).toList();
        if (!others.isEmpty() && baskets.nextInt(3) == 0) {
            Offer extra = others.get(baskets.nextInt(others.size()));
            int quantity = 1 + baskets.nextInt(2);
            lines.add(new Object[] {extra, quantity, extra.getPrice().amount().multiply(BigDecimal.valueOf(quantity)), "CROSS_SELL"});
        }
        BigDecimal total = lines.stream().map(l -> (BigDecimal) l[2]).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_EVEN);
        Long sale = rows.sale(campaign.getId(), lead.getId(), lead.getCustomer().getId(), agent, call, sold, consentOk, total, null);
        for (Object[] line : lines) {
            rows.saleLine(sale, ((Offer) line[0]).getId(), (Integer) line[1], (BigDecimal) line[2], (String) line[3]);
        }
    }

    private final Map<Campaign, List<SurveyQuestion>> questions = new HashMap<>();

    /** A completed survey call's answers, each normalised by its question's own rule as the agent's form does. */
    private void surveyAnswers(Campaign campaign, Long call) {
        List<SurveyQuestion> asked = questions.computeIfAbsent(campaign, c -> em.createQuery(
                "select q from SurveyQuestion q where q.campaign = :c order by q.position", SurveyQuestion.class).setParameter("c", c).getResultList());
        for (SurveyQuestion question : asked) {
            List<String> choices = question.choices();
            List<String> given = switch (question.getKind()) {
                case SCALE -> List.of(Integer.toString(SCORES[answers.nextInt(SCORES.length)]));
                case SINGLE -> List.of(choices.get(answers.nextInt(choices.size())));
                case MULTIPLE -> choices.stream().filter(c -> answers.nextInt(3) == 0).toList();
                case TEXT -> answers.nextInt(3) == 0 ? List.of(SUGGESTIONS[answers.nextInt(SUGGESTIONS.length)]) : List.of();
            };
            String stored = question.normalise(given.isEmpty() && question.isRequired() ? List.of(choices.get(0)) : given);
            if (stored != null) {
                rows.surveyAnswer(call, question.getId(), stored);
            }
        }
    }

    private final Map<Client, List<SalesAgenda>> agendas = new HashMap<>();

    private Optional<DemoBookings.Booking> book(Campaign campaign, Lead lead, Instant callEnded) {
        return bookings.book(agendasOf(campaign.getClient()), campaign.getMeetingType(), lead.getCustomer().getAddress().getProvince(),
                campaign.getBufferMinutes(), callEnded);
    }

    private List<SalesAgenda> agendasOf(Client client) {
        return agendas.computeIfAbsent(client, c -> em.createQuery(
                        "select a from SalesAgenda a where a.salesPerson.client = :c order by a.salesPerson.user.username", SalesAgenda.class)
                .setParameter("c", c).getResultList());
    }

    /** What the sales person's calendar holds before the history (the demo's visits of the last working day). */
    private List<SlotPlanner.Busy> bookedBefore(SalesAgenda agenda) {
        return em.createQuery("select a from Appointment a where a.salesPerson = :u", Appointment.class)
                .setParameter("u", agenda.getSalesPerson().getUser()).getResultStream()
                .filter(a -> a.getStatus().occupies()).map(Appointment::busy).toList();
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
}
