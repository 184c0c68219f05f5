package it.cuffia.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import java.io.IOException;

/**
 * The messages of an action that redirects (a plan created, then its page; a ticket opened, then its page) are kept
 * in the flash for the page the browser asks next. Only then: an action that stays on its page answers with its
 * messages, and a flash kept for a redirect that does not come had to set its cookie on a response already sent
 * (JSF1095 in the server log at every campaign saved).
 */
public class RedirectKeepsMessages extends ExternalContextFactory {

    public RedirectKeepsMessages(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) {
        return new ExternalContextWrapper(getWrapped().getExternalContext(context, request, response)) {
            @Override
            public void redirect(String url) throws IOException {
                getFlash().setKeepMessages(true);
                super.redirect(url);
            }
        };
    }
}
