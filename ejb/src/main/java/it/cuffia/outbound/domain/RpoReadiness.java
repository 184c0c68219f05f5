package it.cuffia.outbound.domain;

import java.util.List;

/**
 * Which of a campaign's workable Italian leads lack a valid check against the register of
 * oppositions: how many, and the first few by name and number (the full list is a download).
 */
@FunctionalInterface
public interface RpoReadiness {

    /** How many leads lack a check, and how the first of them read ("Mario Rossi +39 347 …"). */
    record Gap(long count, List<String> first) {
        public static final Gap NONE = new Gap(0, List.of());
    }

    Gap uncheckedLeads(Campaign campaign);
}
