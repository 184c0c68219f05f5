package it.cuffia.outbound.domain;

/** Counts a campaign's workable leads lacking a valid check against the register of oppositions. */
@FunctionalInterface
public interface RpoReadiness {
    long leadsWithoutValidCheck(Campaign campaign);
}
