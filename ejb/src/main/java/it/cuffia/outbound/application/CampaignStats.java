package it.cuffia.outbound.application;

import it.cuffia.outbound.domain.LeadStatus;
import it.cuffia.outbound.domain.Outcome;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of one campaign (or one agent in it): leads by status and calls by outcome, and the
 * rates a supervisor watches. A rate with nothing to divide by has no value (null, shown as "—").
 */
public class CampaignStats implements Serializable {

    private final String label;
    private final Map<LeadStatus, Long> leads = new EnumMap<>(LeadStatus.class);
    private final Map<Outcome, Long> calls = new EnumMap<>(Outcome.class);
    private long attemptedLeads;

    public CampaignStats(String label) {
        this.label = label;
    }

    void addLeads(LeadStatus status, long count) {
        leads.merge(status, count, Long::sum);
    }

    void addCalls(Outcome outcome, long count) {
        calls.merge(outcome, count, Long::sum);
    }

    void attempted(long count) {
        attemptedLeads += count;
    }

    public String getLabel() { return label; }
    public long leads(LeadStatus status) { return leads.getOrDefault(status, 0L); }
    public Map<LeadStatus, Long> getLeads() { return leads; }
    public long getTotalLeads() { return leads.values().stream().mapToLong(Long::longValue).sum(); }
    public long getAttemptedLeads() { return attemptedLeads; }

    /** Calls placed (every attempt with an outcome). */
    public long getAttempts() { return calls.values().stream().mapToLong(Long::longValue).sum(); }

    public long getContacts() {
        return calls.entrySet().stream().filter(e -> e.getKey().isContact()).mapToLong(Map.Entry::getValue).sum();
    }

    public long getConversions() {
        return calls.entrySet().stream().filter(e -> e.getKey().isPositive()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Leads called at least once / all leads of the list. */
    public BigDecimal getPenetration() { return ratio(attemptedLeads, getTotalLeads()); }
    /** Contacts / attempts. */
    public BigDecimal getContactRate() { return ratio(getContacts(), getAttempts()); }
    /** Positive outcomes / contacts. */
    public BigDecimal getConversionRate() { return ratio(getConversions(), getContacts()); }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
