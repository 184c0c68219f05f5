package it.cuffia.web.scripts;

import it.cuffia.scripts.domain.CallOutcomes;
import it.cuffia.web.faces.Messages;

/** An end step's outcome in the reader's language: "Vendita" for SALE, "Risolto" for RESOLVED. */
public final class OutcomeLabels {

    private OutcomeLabels() {
    }

    /** Codes of the suite read in the reader's language; an inbound call's outcome is the agent's own words, shown as written. */
    public static String of(String code) {
        return Messages.text(CallOutcomes.textOf(code));
    }
}
