package it.cuffia.kpi.application;

import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.kpi.domain.KpiCounters;
import it.cuffia.kpi.domain.KpiResult;
import it.cuffia.kpi.domain.KpiTally;
import it.cuffia.kpi.domain.PeriodKind;
import it.cuffia.kpi.domain.RollUp;
import it.cuffia.kpi.domain.ScopeKind;
import it.cuffia.kpi.domain.TallyKey;
import it.cuffia.kpi.domain.WorkDay;
import it.cuffia.shared.infrastructure.BulkInsert;
import it.cuffia.shared.infrastructure.DatabaseProduct;
import it.cuffia.shared.infrastructure.SqlMemory;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.shared.infrastructure.TransactionConnection;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Computes KPI tallies and results for the batch jobs and the live dashboards. It reads a whole
 * day with one query per kind of fact (never a query per agent; the calls, tens of thousands a day,
 * grouped in the database) and folds the rows in {@link WorkDay}; the roll-up sums the stored tallies
 * in the database. Tallies and results are written in bulk (COPY on PostgreSQL), not entity by entity.
 * Runs without a caller: the jobs' threads have none.
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

    /**
     * Replaces the stored tallies of the day and the day's results: a re-run leaves exactly one set. The results are
     * the day's tallies summed here ({@link RollUp}), in the transaction that writes them, not read back from the
     * database afterwards. Written in bulk (COPY on PostgreSQL).
     */
    public void replaceDay(LocalDate day, List<KpiTally> tallies) {
        replaceTallies(day, tallies);
        replaceResults(PeriodKind.DAY, day, new RollUp(PeriodKind.DAY, day, teamOfAgent()).add(tallies).results(clock.instant()));
    }

    /** Each agent's team (agents without a team are absent), as the roll-up's TEAM scope counts them. */
    public Map<Long, Long> teamOfAgent() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.user_id, a.team_id from agent a where a.team_id is not null").getResultList();
        Map<Long, Long> teams = new HashMap<>(rows.size() * 2);
        for (Object[] row : rows) {
            teams.put(id(row[0]), id(row[1]));
        }
        return teams;
    }

    private void replaceTallies(LocalDate day, List<KpiTally> tallies) {
        em.createQuery("delete from KpiTally t where t.day = :d").setParameter("d", day).executeUpdate();
        BulkInsert bulk = BulkInsert.on(TransactionConnection.of(em));
        BulkInsert.Ids ids = bulk.ids(tallies.size());
        List<Object[]> rows = new ArrayList<>(tallies.size());
        for (KpiTally tally : tallies) {
            rows.add(row(new Object[] {ids.next(), 0L, tally.getDay(), tally.getAgentId(), tally.getClientId(), tally.getCampaignId()},
                    tally.getCounters()));
        }
        bulk.insert("kpi_tally", columns("id", "version", "tally_day", "agent_id", "client_id", "campaign_id"), rows);
    }

    public List<KpiTally> storedTalliesOf(Long agentId, LocalDate from, LocalDate to) {
        return em.createQuery("select t from KpiTally t where t.agentId = :a and t.day between :f and :t", KpiTally.class)
                .setParameter("a", agentId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    /**
     * The stored tallies of several agents (the statements job's chunk) summed over the period per agent, client and
     * campaign, in one grouped query: one tally each, dated {@code from} and not stored (counts add up, so a month's
     * sum per client and campaign is what pay reads from the month's tallies).
     */
    public List<KpiTally> summedTalliesOf(List<Long> agentIds, LocalDate from, LocalDate to) {
        if (agentIds.isEmpty()) {
            return List.of();
        }
        String sums = KpiCounters.COLUMNS.stream().map(c -> "sum(t." + c + ")").collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.agent_id, t.client_id, t.campaign_id, " + sums + " from kpi_tally t"
                        + " where t.agent_id in (" + SqlValues.idList(agentIds) + ") and t.tally_day >= ?1 and t.tally_day <= ?2"
                        + " group by t.agent_id, t.client_id, t.campaign_id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        List<KpiTally> tallies = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            KpiTally tally = new KpiTally(from, key(row));
            tally.getCounters().add(KpiCounters.of(row, 3));
            tallies.add(tally);
        }
        return tallies;
    }

    /**
     * Sums the stored tallies of a period per agent, team (the agent's current team), campaign and client, in the
     * database: one query grouped per kind of scope. The jobs use it for the months; a day's results are summed from
     * its tallies as they are written ({@link #replaceDay}, {@link RollUp}: the same sums).
     */
    public List<KpiResult> rollUp(PeriodKind kind, LocalDate start) {
        String sums = KpiCounters.COLUMNS.stream().map(c -> "sum(t." + c + ")").collect(Collectors.joining(", "));
        Map<ScopeKind, String> scopes = new LinkedHashMap<>();
        scopes.put(ScopeKind.AGENT, "t.agent_id");
        scopes.put(ScopeKind.TEAM, "a.team_id");
        scopes.put(ScopeKind.CAMPAIGN, "t.campaign_id");
        scopes.put(ScopeKind.CLIENT, "t.client_id");
        List<String> parts = new ArrayList<>();
        scopes.forEach((scope, column) -> parts.add("select '" + scope.name() + "', " + column + ", " + sums + " from kpi_tally t"
                + (scope == ScopeKind.TEAM ? " join agent a on a.user_id = t.agent_id" : "")
                + " where t.tally_day >= ?1 and t.tally_day <= ?2 and " + column + " is not null group by " + column));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(String.join(" union all ", parts))
                .setParameter(1, start).setParameter(2, kind.endOf(start)).getResultList();
        Instant now = clock.instant();
        List<KpiResult> results = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            results.add(new KpiResult(kind, start, ScopeKind.valueOf(row[0].toString().trim()), ((Number) row[1]).longValue(),
                    KpiCounters.of(row, 2), now));
        }
        return results;
    }

    /** Replaces the results of one period. Written in bulk (COPY on PostgreSQL). */
    public void replaceResults(PeriodKind kind, LocalDate start, List<KpiResult> results) {
        em.createQuery("delete from KpiResult r where r.periodKind = :k and r.periodStart = :s")
                .setParameter("k", kind).setParameter("s", start).executeUpdate();
        BulkInsert bulk = BulkInsert.on(TransactionConnection.of(em));
        BulkInsert.Ids ids = bulk.ids(results.size());
        List<Object[]> rows = new ArrayList<>(results.size());
        for (KpiResult result : results) {
            Object[] row = row(new Object[] {ids.next(), 0L, result.getPeriodKind().name(), result.getPeriodStart(),
                    result.getScopeKind().name(), result.getScopeId()}, result.getCounters());
            Object[] withTime = Arrays.copyOf(row, row.length + 1);
            withTime[row.length] = result.getComputedAt();
            rows.add(withTime);
        }
        List<String> columns = new ArrayList<>(columns("id", "version", "period_kind", "period_start", "scope_kind", "scope_id"));
        columns.add("computed_at");
        bulk.insert("kpi_result", columns, rows);
    }

    private static List<String> columns(String... key) {
        List<String> columns = new ArrayList<>(List.of(key));
        columns.addAll(KpiCounters.COLUMNS);
        return columns;
    }

    private static Object[] row(Object[] key, KpiCounters counters) {
        Object[] counts = counters.counts();
        Object[] row = Arrays.copyOf(key, key.length + counts.length);
        System.arraycopy(counts, 0, row, key.length, counts.length);
        return row;
    }

    private WorkDay workDay(LocalDate day, Long agentId) {
        WorkDay work = new WorkDay(day, clock.instant());
        Object from = SqlValues.timestamp(work.start());
        Object to = SqlValues.timestamp(work.end());
        // the calls grouped in the database (a day holds tens of thousands): per agent, client, campaign, direction,
        // outcome and whether answered and ended, with the summed handle time as WorkDay.handleSeconds counts it; read
        // from the index ix_interaction_kpi alone on PostgreSQL, grouped in memory (SqlMemory), not by an external sort
        Connection connection = TransactionConnection.of(em);
        SqlMemory.forThisTransaction(connection, "64MB");
        boolean postgres = DatabaseProduct.isPostgres(connection);
        for (Object[] r : rows("select i.agent_id, i.client_id, i.campaign_id, i.direction, i.outcome, " + ANSWERED_AND_ENDED + ", count(*),"
                + " coalesce(sum(" + seconds("i.answered_at", "i.ended_at", postgres) + " + " + seconds("i.ended_at", "i.wrap_up_ended_at", postgres) + "), 0),"
                + " coalesce(sum(i.satisfaction), 0), count(i.satisfaction)"
                + " from interaction i where i.agent_id is not null and i.ringing_at >= ?1 and i.ringing_at < ?2",
                "i.agent_id", agentId, from, to, " group by i.agent_id, i.client_id, i.campaign_id, i.direction, i.outcome, " + ANSWERED_AND_ENDED)) {
            work.calls(new WorkDay.CallGroup(key(r), "INBOUND".equals(r[3]), ((Number) r[5]).intValue() == 1, (String) r[4],
                    SqlValues.asLong(r[6]), SqlValues.asLong(r[7]), SqlValues.asLong(r[8]), SqlValues.asLong(r[9])));
        }
        // the opening contact's wrap-up end as the ticket keeps it (V48), not looked up in interaction ticket by ticket
        for (Object[] r : rows("select t.owner_id, t.client_id, t.resolved_at, t.opening_wrap_up_ended_at, t.escalated from ticket t"
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

    private List<Object[]> rows(String sql, String agentColumn, Long agentId, Object from, Object to) {
        return rows(sql, agentColumn, agentId, from, to, "");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String agentColumn, Long agentId, Object from, Object to, String groupBy) {
        var query = em.createNativeQuery((agentId == null ? sql : sql + " and " + agentColumn + " = ?3") + groupBy)
                .setParameter(1, from).setParameter(2, to);
        if (agentId != null) {
            query.setParameter(3, agentId);
        }
        return query.getResultList();
    }

    private static final String ANSWERED_AND_ENDED = "case when i.answered_at is not null and i.ended_at is not null then 1 else 0 end";

    /**
     * Whole seconds from {@code from} to {@code to}, 0 when either is missing or {@code to} is earlier. On PostgreSQL
     * through {@code date_part}, a double (exact for whole microseconds over 10^6), because {@code extract} answers a
     * numeric there and numeric arithmetic over a day's 50 000 calls was about half of the grouped query's time.
     */
    private static String seconds(String from, String to, boolean postgres) {
        String epoch = postgres ? "floor(date_part('epoch', " + to + " - " + from + "))::bigint"
                : "floor(extract(epoch from (" + to + " - " + from + ")))";
        return "case when " + to + " >= " + from + " then " + epoch + " else 0 end";
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
