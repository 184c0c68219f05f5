package it.cuffia.kpi.application;

import it.cuffia.contact.domain.Channel;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.kpi.domain.ChannelFigures;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 14 §5: volume and first response per client and channel for a month, live from the tickets (rules in
 * {@link ChannelFigures}). Not a KPI job's tally: the figures belong to clients and channels, not to agents, and
 * tickets opened weeks ago still get their first response, so a stored month would go stale; the month's tickets
 * are read through the index on (opened_at, client_id) in one aggregate query, scoped to the caller's clients.
 */
@Stateless
public class ChannelKpiService {

    /** One aggregate query, three groupings (client and channel, channel, everything) joined by union all. */
    private static final String MEASURES = "count(*), count(x.first_response_at), " + ChannelFigures.ON_TIME_SQL.formatted("x")
            + ", avg(x.secs), percentile_cont(0.5) within group (order by x.secs), percentile_cont(0.9) within group (order by x.secs),"
            + " sum(case when x.first_response_at is null then 1 else 0 end),"
            + " sum(case when " + ChannelFigures.PAST_DUE_SQL.formatted("x", "?3") + " then 1 else 0 end)";

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;
    @Inject
    private CallerContext callers;
    @Inject
    private Clock clock;

    /** The month's figures of the clients in the caller's view (supervisors: their teams' clients; admins: all). */
    public List<ChannelFigures> month(YearMonth month) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        String tickets = "(select t.client_id, t.channel, t.first_response_at, t.first_response_met, t.first_response_due, "
                + ChannelFigures.RESPONSE_SECONDS_SQL.formatted("t") + " as secs from ticket t"
                + " where t.opened_at >= ?1 and t.opened_at < ?2 and " + Tenancy.sql(caller.scope(), "t.client_id") + ") x";
        String sql = "select x.client_id, c.name, x.channel, " + MEASURES + " from " + tickets + " join client c on c.id = x.client_id"
                + " group by x.client_id, c.name, x.channel"
                + " union all select cast(null as bigint), cast(null as varchar(120)), x.channel, " + MEASURES + " from " + tickets
                + " group by x.channel"
                + " union all select cast(null as bigint), cast(null as varchar(120)), cast(null as varchar(10)), " + MEASURES
                + " from " + tickets;
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(sql)
                .setParameter(1, SqlValues.timestamp(ChannelFigures.monthStart(month)))
                .setParameter(2, SqlValues.timestamp(ChannelFigures.monthEnd(month)))
                .setParameter(3, SqlValues.timestamp(clock.instant()))
                .getResultList();
        List<ChannelFigures> counted = new ArrayList<>();
        for (Object[] r : result) {
            counted.add(ChannelFigures.counted(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : Channel.valueOf((String) r[2]), (Number) r[3], (Number) r[4], (Number) r[5],
                    (Number) r[6], (Number) r[7], (Number) r[8], (Number) r[9], (Number) r[10]));
        }
        return ChannelFigures.report(counted, answers(caller, month));
    }

    /** Issue 16 §2: the survey answers given in the month, per client and channel, per channel and overall; one query. */
    private List<ChannelFigures> answers(Caller caller, YearMonth month) {
        String answers = "(select s.client_id, s.channel, s.satisfaction, s.recommendation from satisfaction_survey s"
                + " where s.answered_at >= ?1 and s.answered_at < ?2 and " + Tenancy.sql(caller.scope(), "s.client_id") + ") x";
        String measures = ChannelFigures.SATISFACTION_SQL.formatted("x");
        String sql = "select x.client_id, c.name, x.channel, " + measures + " from " + answers + " join client c on c.id = x.client_id"
                + " group by x.client_id, c.name, x.channel"
                + " union all select cast(null as bigint), cast(null as varchar(120)), x.channel, " + measures + " from " + answers
                + " group by x.channel"
                + " union all select cast(null as bigint), cast(null as varchar(120)), cast(null as varchar(10)), " + measures
                + " from " + answers + " having count(*) > 0";
        @SuppressWarnings("unchecked")
        List<Object[]> result = em.createNativeQuery(sql)
                .setParameter(1, SqlValues.timestamp(ChannelFigures.monthStart(month)))
                .setParameter(2, SqlValues.timestamp(ChannelFigures.monthEnd(month)))
                .getResultList();
        List<ChannelFigures> rows = new ArrayList<>();
        for (Object[] r : result) {
            rows.add(new ChannelFigures(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                    r[2] == null ? null : Channel.valueOf((String) r[2]), 0, 0, 0, null, null, null, null, 0, 0,
                    ChannelFigures.Satisfaction.counted((Number) r[3], (Number) r[4], (Number) r[5], (Number) r[6])));
        }
        return rows;
    }
}
