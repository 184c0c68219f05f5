package it.cuffia.kpi.domain;

/** Whose work a tally counts: the agent, and the client and campaign it was done for (either may be empty). */
public record TallyKey(Long agentId, Long clientId, Long campaignId) {

    public static TallyKey time(Long agentId) {
        return new TallyKey(agentId, null, null);
    }
}
