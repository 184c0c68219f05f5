package it.cuffia.web.scripts;

import it.cuffia.scripts.domain.InboundOutcome;
import it.cuffia.web.faces.Messages;
import java.util.Arrays;

/** An end step's outcome in the reader's language: "Vendita" for SALE, "Risolto" for RESOLVED. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    public static String of(String code) {
        if (code == null) {
            return "";
        }
        boolean inbound = Arrays.stream(InboundOutcome.values()).anyMatch(o -> o.name().equals(code));
        return Messages.text((inbound ? "script.outcome." : "outcome.") + code);
    }
}
