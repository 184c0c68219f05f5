package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignStatusTest {

    /** Issue 19 §4: the campaign monitor's moves, the only ones a supervisor makes. */
    @Test
    void onlyPausingARunningCampaignAndResumingAPausedOneAreSupervisionMoves() {
        Set<String> moves = new java.util.TreeSet<>();
        for (CampaignStatus from : CampaignStatus.values()) {
            for (CampaignStatus to : EnumSet.allOf(CampaignStatus.class)) {
                if (from.pausesOrResumesTo(to)) {
                    moves.add(from + "→" + to);
                }
            }
        }

        assertEquals(Set.of("ACTIVE→PAUSED", "PAUSED→ACTIVE"), moves);
    }
}
