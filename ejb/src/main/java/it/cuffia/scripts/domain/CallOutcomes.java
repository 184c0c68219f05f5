package it.cuffia.scripts.domain;

import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.Text;
import java.util.Arrays;

/**
 * The outcome an interaction keeps, as people read it: the suite's codes (an outbound call's
 * {@link Outcome}, the end of an inbound call's script) by their label, "Vendita" for SALE; an
 * inbound call's outcome typed by the agent is their own words, shown as written.
 */
public final class CallOutcomes {

    private CallOutcomes() {
    }

    public static Text textOf(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        if (Arrays.stream(Outcome.values()).anyMatch(o -> o.name().equals(recorded))) {
            return Text.of("outcome." + recorded);
        }
        if (Arrays.stream(InboundOutcome.values()).anyMatch(o -> o.name().equals(recorded))) {
            return Text.of("script.outcome." + recorded);
        }
        return Text.literal(recorded);
    }
}
