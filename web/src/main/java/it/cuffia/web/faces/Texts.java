package it.cuffia.web.faces;

import it.cuffia.scripts.domain.CallOutcomes;
import it.cuffia.shared.domain.Text;
import it.cuffia.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The domain's {@link Text}s in the reader's language: {@code #{texts.of(entry.title)}}. */
@Named("texts")
@RequestScoped
public class Texts {

    @Inject
    private UserSession session;

    public String of(Text text) {
        return Messages.text(session.getLocale(), text);
    }

    /** A call's recorded outcome: the suite's codes by their label, an agent's own words as written. */
    public String outcome(String recorded) {
        return of(CallOutcomes.textOf(recorded));
    }

    /** A call's outcome: the client's disposition by its label in the reader's language, else as {@link #outcome(String)}. */
    public String outcomeOf(it.cuffia.contact.domain.Interaction call) {
        return call.getDisposition() != null ? call.getDisposition().label(session.getLocale()) : outcome(call.getOutcome());
    }
}
