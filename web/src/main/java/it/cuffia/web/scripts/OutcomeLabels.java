package it.cuffia.web.scripts;

import it.cuffia.scripts.domain.InboundOutcome;
import it.cuffia.web.faces.Messages;
import java.util.Arrays;

/** An end step's outcome in the reader's language: "Vendita" for SALE, "Risolto" for RESOLVED. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    /** Codes of the suite read in the reader's language; an inbound call's outcome is the agent's own words, shown as written. */
    public static String of(String code) {
        if (code == null) {
            return "";
        }
        if (Arrays.stream(InboundOutcome.values()).anyMatch(o -> o.name().equals(code))) {
            return Messages.text("script.outcome." + code);
        }
        if (Arrays.stream(it.cuffia.outbound.domain.Outcome.values()).anyMatch(o -> o.name().equals(code))) {
            return Messages.text("outcome." + code);
        }
        return code;
    }
}
