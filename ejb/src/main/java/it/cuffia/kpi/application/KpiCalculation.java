package it.cuffia.kpi.application;

import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiResult;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.kpi.domain.PeriodKind;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.kpi.domain.TallyKey;
import it.cuffia.kpi.domain.WorkDay;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes KPI tallies and results for the batch jobs and the live dashboards. It reads a whole
 * day with one grouped query per kind of fact (never a query per agent or per row) and folds the
 * rows in {@link WorkDay}. Runs without a caller: the jobs' threads have none.
 */
@Stateless
public class KpiCalculation {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** What every agent did on {@code day}, as far as it has happened. */
    public List<KpiTally> tally(LocalDate day) {
        return workDay(day, null).tallies();
    }

    /** One agent's tallies of {@code day}, computed now (today's dashboard). */
    public List<KpiTally> tallyOf(Long agentId, LocalDate day) {
        return workDay(day, agentId).tallies();
    }

    /** Replaces the stored tallies of the day: a re-run leaves exactly one set. */
    public void replaceDay(LocalDate day, List<KpiTally> tallies) {
        em.createQuery("delete from KpiTally t where t.day = :d").setParameter("d", day).executeUpdate();
        tallies.forEach(em::persist);
    }

    public List<KpiTally> storedTallies(LocalDate from, LocalDate to) {
        return em.createQuery("select t from KpiTally t where t.day between :f and :t order by t.day, t.agentId", KpiTally.class)
                .setParameter("f", from).setParameter("t", to).getResultList();
    }

    public List<KpiTally> storedTalliesOf(Long agentId, LocalDate from, LocalDate to) {
        return em.createQuery("select t from KpiTally t where t.agentId = :a and t.day between :f and :t", KpiTally.class)
                .setParameter("a", agentId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    /** Sums the stored tallies of a period per agent, team (the agent's current team), campaign and client. */
    public List<KpiResult> rollUp(PeriodKind kind, LocalDate start) {
        Map<Long, Long> teamOf = new HashMap<>();
        for (Object[] row : em.createQuery("select a.user.id, a.team.id from Agent a where a.team is not null", Object[].class).getResultList()) {
            teamOf.put((Long) row[0], (Long) row[1]);
        }
        Map<ScopeKind, Map<Long, KpiCounters>> sums = new LinkedHashMap<>();
        for (KpiTally tally : storedTallies(start, kind.endOf(start))) {
            add(sums, ScopeKind.AGENT, tally.getAgentId(), tally.getCounters());
            add(sums, ScopeKind.TEAM, teamOf.get(tally.getAgentId()), tally.getCounters());
            add(sums, ScopeKind.CAMPAIGN, tally.getCampaignId(), tally.getCounters());
            add(sums, ScopeKind.CLIENT, tally.getClientId(), tally.getCounters());
        }
        Instant now = clock.instant();
        List<KpiResult> results = new ArrayList<>();
        sums.forEach((scope, byId) -> byId.forEach((id, counters) -> results.add(new KpiResult(kind, start, scope, id, counters, now))));
        return results;
    }

    /** Replaces the results of one period. */
    public void replaceResults(PeriodKind kind, LocalDate start, List<KpiResult> results) {
        em.createQuery("delete from KpiResult r where r.periodKind = :k and r.periodStart = :s")
                .setParameter("k", kind).setParameter("s", start).executeUpdate();
        results.forEach(em::persist);
    }

    private static void add(Map<ScopeKind, Map<Long, KpiCounters>> sums, ScopeKind scope, Long id, KpiCounters counters) {
        if (id != null) {
            sums.computeIfAbsent(scope, s -> new LinkedHashMap<>()).computeIfAbsent(id, i -> new KpiCounters()).add(counters);
        }
    }

    private WorkDay workDay(LocalDate day, Long agentId) {
        WorkDay work = new WorkDay(day, clock.instant());
        Object from = SqlValues.timestamp(work.start());
        Object to = SqlValues.timestamp(work.end());
        for (Object[] r : rows("select i.agent_id, i.client_id, i.campaign_id, i.direction, i.answered_at, i.ended_at, i.wrap_up_ended_at,"
                + " i.outcome, i.satisfaction from interaction i where i.agent_id is not null and i.ringing_at >= ?1 and i.ringing_at < ?2",
                "i.agent_id", agentId, from, to)) {
            work.call(new WorkDay.Call(key(r), "INBOUND".equals(r[3]), SqlValues.instant(r[4]), SqlValues.instant(r[5]),
                    SqlValues.instant(r[6]), (String) r[7], r[8] == null ? null : ((Number) r[8]).intValue()));
        }
        for (Object[] r : rows("select t.owner_id, t.client_id, t.resolved_at, i.wrap_up_ended_at, t.escalated from ticket t"
                + " left join interaction i on i.id = t.opened_in_interaction_id"
                + " where t.owner_id is not null and t.opened_at >= ?1 and t.opened_at < ?2", "t.owner_id", agentId, from, to)) {
            work.ticketOpened(new WorkDay.TicketOpened(new TallyKey(id(r[0]), id(r[1]), null), SqlValues.instant(r[2]),
                    SqlValues.instant(r[3]), Boolean.TRUE.equals(r[4])));
        }
        for (Object[] r : rows("select t.owner_id, t.client_id, t.resolution_met from ticket t"
                + " where t.owner_id is not null and t.resolved_at >= ?1 and t.resolved_at < ?2", "t.owner_id", agentId, from, to)) {
            work.ticketResolved(new WorkDay.TicketResolved(new TallyKey(id(r[0]), id(r[1]), null), (Boolean) r[2]));
        }
        for (Object[] r : rows("select t.owner_id, t.client_id from ticket_change c join ticket t on t.id = c.ticket_id"
                + " where c.field = 'state' and c.new_value = 'REOPENED' and t.owner_id is not null"
                + " and c.changed_at >= ?1 and c.changed_at < ?2", "t.owner_id", agentId, from, to)) {
            work.ticketReopened(new WorkDay.TicketReopened(new TallyKey(id(r[0]), id(r[1]), null)));
        }
        for (Object[] r : rows("select a.agent_id, c.client_id, a.campaign_id, a.booked_at, a.starts_at, a.status from appointment a"
                + " join campaign c on c.id = a.campaign_id where ((a.booked_at >= ?1 and a.booked_at < ?2)"
                + " or (a.starts_at >= ?1 and a.starts_at < ?2))", "a.agent_id", agentId, from, to)) {
            Instant booked = SqlValues.instant(r[3]);
            Instant starts = SqlValues.instant(r[4]);
            AppointmentStatus status = AppointmentStatus.valueOf((String) r[5]);
            work.appointment(new WorkDay.AppointmentFact(key(r), within(booked, work), within(starts, work), starts,
                    status == AppointmentStatus.HELD, status.occupies()));
        }
        for (Object[] r : rows("select s.agent_id, c.client_id, s.campaign_id, s.total from sale s join campaign c on c.id = s.campaign_id"
                + " where s.cancelled_at is null and s.sold_at >= ?1 and s.sold_at < ?2", "s.agent_id", agentId, from, to)) {
            work.sale(new WorkDay.SaleFact(key(r), (BigDecimal) r[3]));
        }
        // Quality: an evaluation counts on the day it was made (evaluated_at, Europe/Rome), not on the day of the call,
        // with its current score: a dispute accepted later changes the day's tally only when that day is computed again,
        // so a closed month's stored tallies (and the statements approved from them) stay as they were.
        for (Object[] r : rows("select e.agent_id, e.client_id, e.campaign_id, e.score from quality_evaluation e"
                + " where e.evaluated_at >= ?1 and e.evaluated_at < ?2", "e.agent_id", agentId, from, to)) {
            work.evaluation(new WorkDay.EvaluationFact(key(r), ((BigDecimal) r[3]).movePointRight(2).longValueExact()));
        }
        // a survey's answer counts on the day it was given, for the agent who handled the ticket or the call
        for (Object[] r : rows("select s.agent_id, s.client_id, s.campaign_id, s.satisfaction, s.recommendation from satisfaction_survey s"
                + " where s.agent_id is not null and s.answered_at >= ?1 and s.answered_at < ?2", "s.agent_id", agentId, from, to)) {
            work.surveyAnswer(new WorkDay.SurveyAnswer(key(r), ((Number) r[3]).intValue(), ((Number) r[4]).intValue()));
        }
        for (Object[] r : rows("select p.user_id, p.state, p.started_at, p.ended_at, pc.paid, pc.productive from agent_state_period p"
                + " left join pause_code pc on pc.id = p.pause_code_id"
                + " where p.started_at < ?2 and (p.ended_at is null or p.ended_at > ?1)", "p.user_id", agentId, from, to)) {
            // a pause without a code (a reason typed, a supervisor's forced pause) counts as a paid, unproductive one
            it.cuffia.contact.domain.PauseTime pause = r[4] == null ? it.cuffia.contact.domain.PauseTime.PLAIN
                    : new it.cuffia.contact.domain.PauseTime(Boolean.TRUE.equals(r[4]), Boolean.TRUE.equals(r[5]));
            work.statePeriod(new WorkDay.StatePeriod(id(r[0]), AgentState.valueOf((String) r[1]), SqlValues.instant(r[2]),
                    SqlValues.instant(r[3]), pause));
        }
        return work;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String agentColumn, Long agentId, Object from, Object to) {
        var query = em.createNativeQuery(agentId == null ? sql : sql + " and " + agentColumn + " = ?3")
                .setParameter(1, from).setParameter(2, to);
        if (agentId != null) {
            query.setParameter(3, agentId);
        }
        return query.getResultList();
    }

    private static boolean within(Instant at, WorkDay work) {
        return !at.isBefore(work.start()) && at.isBefore(work.end());
    }

    private static TallyKey key(Object[] r) {
        return new TallyKey(id(r[0]), id(r[1]), id(r[2]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
