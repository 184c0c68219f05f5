package it.cuffia.quality.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.quality.domain.SamplingWeek;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.SqlValues;
import it.cuffia.shared.infrastructure.Tenancy;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The supervisor's "to evaluate" list of a week ({@link SamplingWeek}): per agent, the answered interactions of the
 * clients in scope ranked by the week's hash, the first {@link SamplingWeek#PER_AGENT} taken, plus every interaction
 * that opened a complaint. The database ranks, filters and pages (a window function over the week's interactions
 * read through ix_interaction_ringing).
 */
@Stateless
public class QualitySampling {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    public Page<SampleRow> sample(SamplingWeek week, boolean onlyToEvaluate, PageRequest request) {
        Caller caller = staff();
        String sample = sampled(caller, week) + (onlyToEvaluate ? " and e.id is null" : "");
        long total = ((Number) bind(em.createNativeQuery("select count(*) " + sample), week).getSingleResult()).longValue();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select s.id, s.agent_id, u.first_name, u.last_name, c.name, s.channel, s.direction,"
                + " s.ringing_at, s.outcome, s.complaint, e.id, e.score, e.failed_critical " + sample
                + " order by u.last_name, u.first_name, s.agent_id, s.ringing_at, s.id"), week)
                .setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        List<SampleRow> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new SampleRow(SqlValues.asLong(r[0]), SqlValues.asLong(r[1]), r[2] + " " + r[3], (String) r[4], (String) r[5],
                    (String) r[6], SqlValues.instant(r[7]), (String) r[8], ((Number) r[9]).intValue() == 1,
                    r[10] == null ? null : SqlValues.asLong(r[10]), (BigDecimal) r[11], Boolean.TRUE.equals(r[12])));
        }
        return new Page<>(items, total);
    }

    /** Per agent with a sample this week: how many sampled, how many of them evaluated (one grouped query). */
    public List<Coverage> coverage(SamplingWeek week) {
        Caller caller = staff();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select s.agent_id, u.first_name, u.last_name, count(*), count(e.id) "
                + sampled(caller, week) + " group by s.agent_id, u.first_name, u.last_name order by u.last_name, u.first_name, s.agent_id"), week)
                .getResultList();
        List<Coverage> coverage = new ArrayList<>();
        for (Object[] r : rows) {
            coverage.add(new Coverage(SqlValues.asLong(r[0]), r[1] + " " + r[2], ((Number) r[3]).longValue(), ((Number) r[4]).longValue()));
        }
        return coverage;
    }

    /** From … where … of the week's sample (s), its agent (u), client (c) and evaluation (e). */
    private static String sampled(Caller caller, SamplingWeek week) {
        return "from (select i.id, i.agent_id, i.client_id, i.channel, i.direction, i.ringing_at, i.outcome,"
                + " case when exists (select 1 from ticket t where t.opened_in_interaction_id = i.id and t.category = '"
                + TicketCategory.COMPLAINT.name() + "') then 1 else 0 end as complaint,"
                + " row_number() over (partition by i.agent_id order by mod(i.id * " + SamplingWeek.MULTIPLIER + " + ?3, "
                + SamplingWeek.MODULUS + "), i.id) as pick"
                + " from interaction i where i.agent_id is not null and i.answered_at is not null"
                + " and i.ringing_at >= ?1 and i.ringing_at < ?2 and " + Tenancy.sql(caller.scope(), "i.client_id")
                + " and " + Tenancy.teamsSql(caller.teams(), "i.agent_id") + ") s"
                + " join app_user u on u.id = s.agent_id join client c on c.id = s.client_id"
                + " left join quality_evaluation e on e.interaction_id = s.id"
                + " where (s.pick <= " + SamplingWeek.PER_AGENT + " or s.complaint = 1)";
    }

    private static Query bind(Query query, SamplingWeek week) {
        return query.setParameter(1, SqlValues.timestamp(week.start())).setParameter(2, SqlValues.timestamp(week.end()))
                .setParameter(3, week.seed());
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
