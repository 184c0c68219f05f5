package it.cuffia.outbound.infrastructure;

import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadEligibility;
import it.cuffia.outbound.domain.LeadRpoState;
import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.RpoCheck;
import it.cuffia.outbound.domain.RpoReadiness;
import it.cuffia.shared.domain.Zones;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries behind the register of oppositions: which leads of a campaign lack a valid check
 * (activation, the campaign page, the download) and where each lead of a page stands. No caller
 * checks here: the application services that use it make them.
 */
@Stateless
@LocalBean // also an RpoReadiness for the domain, without making that its EJB interface
public class RegisterChecks implements RpoReadiness {

    /** How many unchecked leads an activation refusal names; the rest are in the download. */
    static final int FIRST_NAMED = 5;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public Gap uncheckedLeads(Campaign campaign) {
        long count = count(campaign);
        if (count == 0) {
            return Gap.NONE;
        }
        List<String> first = unchecked(campaign, "l", " order by l.id", Lead.class).setMaxResults(FIRST_NAMED)
                .getResultList().stream().map(l -> l.getCustomer().getFullName() + " " + l.getPhoneDisplay()).toList();
        return new Gap(count, first);
    }

    /** How many workable leads lack a valid check now; 0 for a campaign without commercial purpose. */
    public long count(Campaign campaign) {
        return campaign.needsRpoCheck() ? unchecked(campaign, "count(l)", "", Long.class).getSingleResult() : 0;
    }

    /** Every workable lead lacking a valid check, in import order. */
    public List<Lead> all(Campaign campaign) {
        return campaign.needsRpoCheck() ? unchecked(campaign, "l", " order by l.id", Lead.class).getResultList() : List.of();
    }

    /**
     * Workable Italian leads whose number has no RPO check made after their import and inside the
     * campaign's window. Foreign numbers are outside the register.
     */
    private <T> TypedQuery<T> unchecked(Campaign campaign, String select, String order, Class<T> type) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        return em.createQuery("select " + select + " from Lead l where l.campaign = :c and l.status in :workable "
                        + "and l.phone like :italian and not exists ("
                        + "select r from RpoCheck r where r.number = l.phone and r.checkedOn >= :oldest "
                        + "and r.checkedOn <= :today and r.importedAt >= l.importedAt)" + order, type)
                .setParameter("c", campaign)
                .setParameter("workable", LeadStatus.WORKABLE)
                .setParameter("italian", RpoCheck.ITALIAN_PREFIX + "%")
                .setParameter("oldest", today.minusDays(campaign.getRpoWindowDays()))
                .setParameter("today", today);
    }

    /** The register's state of each lead, from the latest answer per number: one query for them all, keyed by lead id. */
    public Map<Long, LeadRpoState> states(Collection<Lead> leads) {
        Map<Long, LeadRpoState> states = new HashMap<>();
        if (leads.isEmpty()) {
            return states;
        }
        Map<String, LeadEligibility.RpoAnswer> latest = new HashMap<>();
        List<String> numbers = leads.stream().map(Lead::getPhone).distinct().toList();
        for (int from = 0; from < numbers.size(); from += 500) {
            em.createQuery("select r.number, r.checkedOn, r.registered, r.importedAt from RpoCheck r where r.number in :n "
                            + "order by r.checkedOn, r.importedAt", Object[].class)
                    .setParameter("n", numbers.subList(from, Math.min(numbers.size(), from + 500)))
                    .getResultStream()
                    .forEach(row -> latest.put((String) row[0], new LeadEligibility.RpoAnswer((LocalDate) row[1], (Boolean) row[2],
                            (Instant) row[3]))); // latest wins
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.ROME));
        for (Lead lead : leads) {
            states.put(lead.getId(), LeadRpoState.of(lead, latest.get(lead.getPhone()), today));
        }
        return states;
    }
}
