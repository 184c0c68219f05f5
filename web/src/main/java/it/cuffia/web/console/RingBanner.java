package it.cuffia.web.console;

import it.cuffia.contact.application.InteractionService;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The ring banner of the agent console's pages, as the page is served: a call already ringing when the agent opens
 * a page shows at once (the websocket tells only what happens after it is open).
 */
@Named
@RequestScoped
public class RingBanner {

    @Inject
    private InteractionService interactions;

    private Interaction ringing;
    private boolean loaded;

    /** The call ringing at the calling agent now, or null. */
    public Interaction getRinging() {
        if (!loaded) {
            ringing = interactions.current().filter(call -> call.getAnsweredAt() == null && call.getEndedAt() == null).orElse(null);
            loaded = true;
        }
        return ringing;
    }

    /** "Incoming call from 02 1234567 (Telefonia Aurora)", in the user's language; empty when nothing rings. */
    public String getText() {
        return getRinging() == null ? "" : Messages.text("ring.incoming", ringing.getCallerShown(), ringing.getClient().getName());
    }
}
