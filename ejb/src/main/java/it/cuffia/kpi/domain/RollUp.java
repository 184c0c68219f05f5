package it.cuffia.kpi.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A period's results: its tallies summed per agent, team (the agent's team when the results are computed), campaign
 * and client. A scope has a result when at least one tally counts for it: every agent with a tally, the team of an
 * agent who has one, the campaign and the client a tally names. Counts add up ({@link KpiCounters#add}), so the
 * results of a day computed here from the day's tallies are the sums the database makes of the same stored tallies
 * ({@code KpiCalculation.rollUp}, which the month's results still use).
 */
public final class RollUp {

    private final PeriodKind kind;
    private final LocalDate start;
    private final Map<Long, Long> teamOfAgent;
    private final Map<ScopeKind, Map<Long, KpiCounters>> sums = new EnumMap<>(ScopeKind.class);

    /** @param teamOfAgent each agent's team; an agent without a team is absent */
    public RollUp(PeriodKind kind, LocalDate start, Map<Long, Long> teamOfAgent) {
        this.kind = kind;
        this.start = start;
        this.teamOfAgent = teamOfAgent;
        for (ScopeKind scope : ScopeKind.values()) {
            sums.put(scope, new LinkedHashMap<>());
        }
    }

    public RollUp add(Collection<KpiTally> tallies) {
        for (KpiTally tally : tallies) {
            if (!kind.startOf(tally.getDay()).equals(start)) {
                throw new IllegalArgumentException("a tally of " + tally.getDay() + " is not in the " + kind + " of " + start);
            }
            add(ScopeKind.AGENT, tally.getAgentId(), tally.getCounters());
            add(ScopeKind.TEAM, teamOfAgent.get(tally.getAgentId()), tally.getCounters());
            add(ScopeKind.CAMPAIGN, tally.getCampaignId(), tally.getCounters());
            add(ScopeKind.CLIENT, tally.getClientId(), tally.getCounters());
        }
        return this;
    }

    public List<KpiResult> results(Instant computedAt) {
        List<KpiResult> results = new ArrayList<>();
        sums.forEach((scope, byId) -> byId.forEach((id, counters) ->
                results.add(new KpiResult(kind, start, scope, id, counters.copy(), computedAt))));
        return results;
    }

    private void add(ScopeKind scope, Long id, KpiCounters counters) {
        if (id != null) {
            sums.get(scope).computeIfAbsent(id, k -> new KpiCounters()).add(counters);
        }
    }
}
