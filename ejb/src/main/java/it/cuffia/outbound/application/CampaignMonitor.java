package it.cuffia.outbound.application;

import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The supervisor's live view of campaigns: a fixed handful of grouped queries, whatever the number of leads. */
@Stateless
public class CampaignMonitor {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private CampaignService campaigns;

    @Inject
    private Clock clock;

    /** One campaign's figures over its whole life. */
    public CampaignStats of(Long campaignId) {
        staff();
        Campaign campaign = campaigns.get(campaignId);
        CampaignStats stats = new CampaignStats(campaign.getName());
        // the leads by status and those attempted, in one pass over the campaign's leads (a million on a big list)
        em.createQuery("select l.status, count(l), sum(case when l.attempts > 0 then 1 else 0 end) from Lead l "
                        + "where l.campaign = :c group by l.status", Object[].class)
                .setParameter("c", campaign).getResultList()
                .forEach(row -> {
                    stats.addLeads((LeadStatus) row[0], ((Number) row[1]).longValue());
                    stats.attempted(((Number) row[2]).longValue());
                });
        em.createQuery("select i.outcome, count(i) from Interaction i where i.campaign = :c and i.outcome is not null "
                        + "group by i.outcome", Object[].class)
                .setParameter("c", campaign).getResultList()
                .forEach(row -> stats.addCalls(Outcome.valueOf((String) row[0]), (Long) row[1]));
        return stats;
    }

    /** Today's figures per agent in one campaign (Europe/Rome day). */
    public List<CampaignStats> agentsToday(Long campaignId) {
        staff();
        Campaign campaign = campaigns.get(campaignId);
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        Instant from = today.atStartOfDay(Zones.ROME).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(Zones.ROME).toInstant();
        Map<Long, CampaignStats> byAgent = new LinkedHashMap<>();
        em.createQuery("select a.id, a.lastName, a.firstName, i.outcome, count(i) from Interaction i join i.agent a "
                        + "where i.campaign = :c and i.outcome is not null and i.ringingAt >= :from and i.ringingAt < :to "
                        + "group by a.id, a.lastName, a.firstName, i.outcome order by a.lastName, a.firstName", Object[].class)
                .setParameter("c", campaign).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(row -> byAgent.computeIfAbsent((Long) row[0], id -> new CampaignStats(row[2] + " " + row[1]))
                        .addCalls(Outcome.valueOf((String) row[3]), (Long) row[4]));
        return new ArrayList<>(byAgent.values());
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
