package it.cuffia.web.push;

import it.cuffia.contact.application.AgentNotice;
import it.cuffia.contact.application.AgentStateChanged;
import it.cuffia.contact.application.CallChanged;
import it.cuffia.contact.application.CallQueueChanged;
import it.cuffia.outbound.application.CampaignsChanged;
import it.cuffia.shared.infrastructure.LiveChanges;
import it.cuffia.ticketing.application.TicketsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Map;

/**
 * Server-to-browser push over the consoles' sockets ({@link ConsoleSocket}): the domain fires its events inside the
 * transaction, this bean tells the browsers once the transaction has succeeded, on whichever server of the group
 * their sockets are ({@link ConsoleSockets}). The consoles then fetch what changed with an ordinary Faces request, so
 * a message carries no more than the agent sees anyway, and a lost message costs a stale panel, never wrong data.
 *
 * <p>Created when the web module starts, never before: there is no screen to tell before it, and an event of the
 * server's start-up (a timer's first round, the demo data) must not create the web module's beans while it is still
 * loading (it did once, and the push was dead for the server's life). So every observer below is
 * {@link Reception#IF_EXISTS}, and the bean comes to life by observing the web module's own start, whose payload is its
 * {@link ServletContext}.
 */
@ApplicationScoped
public class ConsolePush {

    @Inject
    private ConsoleSockets sockets;

    /** The web module has started: this bean exists from now on, and the screens may be told of committed changes. */
    void webModuleStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext webModule) {
        LiveChanges.open();
    }

    void callChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) CallChanged call) {
        sockets.send(PushChannel.AGENT_CALLS, call.agent(), Map.of("event", call.state(), "from", call.from(), "client", call.client()));
    }

    void agentStateChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged change) {
        sockets.send(PushChannel.SUPERVISOR_BOARD, "agents");
        sockets.send(PushChannel.WALLBOARD, "agents");
    }

    void callQueueChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) CallQueueChanged change) {
        sockets.send(PushChannel.WALLBOARD, String.valueOf(change.clientId()));
    }

    /** A supervisor's forced pause, logout or message: a notice on the agent's page, whichever it is. */
    void agentNotice(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) AgentNotice notice) {
        sockets.send(PushChannel.AGENT_CALLS, notice.agent(),
                Map.of("event", "NOTICE", "kind", notice.kind().name(), "text", notice.text(), "from", notice.from()));
    }

    /*
     * The two below are fired after the commit already (LiveChanges), once per transaction. They go to every open
     * queue or monitor page, whatever its clients: the message says only "reload", and the page reloads what its
     * reader may see (a supervisor of another client reloads for nothing; choosing the recipients would cost a
     * query in every committing request of the agents).
     */
    void ticketsChanged(@Observes(notifyObserver = Reception.IF_EXISTS) TicketsChanged change) {
        sockets.send(PushChannel.TICKET_QUEUES, "tickets");
    }

    void campaignsChanged(@Observes(notifyObserver = Reception.IF_EXISTS) CampaignsChanged change) {
        sockets.send(PushChannel.CAMPAIGN_MONITOR, "campaigns");
    }
}
