package it.cuffia.web.security;

import it.cuffia.contact.application.AgentStateService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** A session that ends without logout (timeout) still closes the agent's open state period. */
@WebListener
public class AgentSessionListener implements HttpSessionListener {

    public static final String AGENT_ATTRIBUTE = "cuffia.agent";

    @Inject
    private AgentStateService states;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object agent = event.getSession().getAttribute(AGENT_ATTRIBUTE);
        if (agent instanceof String username) {
            states.loggedOut(username);
        }
    }
}
