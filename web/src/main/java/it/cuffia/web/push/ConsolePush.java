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
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Map;

/**
 * Server-to-browser push over the Faces websocket ({@code <f:websocket>} in the layout and on the supervisor's
 * board): the domain fires its events inside the transaction, this bean tells the browsers once the transaction
 * has succeeded. The consoles then fetch what changed with an ordinary Faces request, so a message carries no
 * more than the agent sees anyway, and a lost message costs a stale panel, never wrong data.
 *
 * <p>Created when the web module starts, never before: an event of the server's start-up (a timer's first round, the
 * demo data) reaching this bean while the web module was still loading made CDI create it without its push contexts,
 * and it stayed so for the server's life (every later message a NullPointerException: no push at all). So every
 * observer below is {@link Reception#IF_EXISTS} (before the web module has started there is no screen to tell), and
 * the bean comes to life by observing the web module's own start, whose payload is its {@link ServletContext}.
 */
@ApplicationScoped
public class ConsolePush {

    /** One channel per agent ({@code user} = their username): only the called agent hears a call. */
    public static final String AGENT_CALLS = "agentCalls";
    /** The supervisors' live board: one message per agent state change, without data (the board reloads). */
    public static final String SUPERVISOR_BOARD = "supervisorBoard";
    /** The supervisors' ticket queue summary: one message per transaction that wrote tickets, without data. */
    public static final String TICKET_QUEUES = "ticketQueues";
    /** The supervisors' campaign monitor: one message per transaction that wrote campaigns or leads, without data. */
    public static final String CAMPAIGN_MONITOR = "campaignMonitor";

    /**
     * The wallboards (issue 15 §3): one message per CTI event or agent state change, holding no more than the client's
     * id ("agents" for a state change); each board recounts its own scope.
     */
    public static final String WALLBOARD = "wallboard";

    @Inject
    @Push(channel = WALLBOARD)
    private PushContext wallboard;

    @Inject
    @Push(channel = AGENT_CALLS)
    private PushContext agentCalls;

    @Inject
    @Push(channel = SUPERVISOR_BOARD)
    private PushContext supervisorBoard;

    @Inject
    @Push(channel = TICKET_QUEUES)
    private PushContext ticketQueues;

    @Inject
    @Push(channel = CAMPAIGN_MONITOR)
    private PushContext campaignMonitor;

    /** The web module has started: this bean exists from now on, and the screens may be told of committed changes. */
    void webModuleStarted(@Observes @Initialized(ApplicationScoped.class) ServletContext webModule) {
        LiveChanges.open();
    }

    void callChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) CallChanged call) {
        agentCalls.send(Map.of("event", call.state(), "from", call.from(), "client", call.client()), call.agent());
    }

    void agentStateChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) AgentStateChanged change) {
        supervisorBoard.send("agents");
        wallboard.send("agents");
    }

    void callQueueChanged(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) CallQueueChanged change) {
        wallboard.send(String.valueOf(change.clientId()));
    }

    /** A supervisor's forced pause, logout or message: a notice on the agent's page, whichever it is. */
    void agentNotice(@Observes(notifyObserver = Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) AgentNotice notice) {
        agentCalls.send(Map.of("event", "NOTICE", "kind", notice.kind().name(), "text", notice.text(), "from", notice.from()),
                notice.agent());
    }

    /*
     * The two below are fired after the commit already (LiveChanges), once per transaction. They go to every open
     * queue or monitor page, whatever its clients: the message says only "reload", and the page reloads what its
     * reader may see (a supervisor of another client reloads for nothing; choosing the recipients would cost a
     * query in every committing request of the agents).
     */
    void ticketsChanged(@Observes(notifyObserver = Reception.IF_EXISTS) TicketsChanged change) {
        ticketQueues.send("tickets");
    }

    void campaignsChanged(@Observes(notifyObserver = Reception.IF_EXISTS) CampaignsChanged change) {
        campaignMonitor.send("campaigns");
    }
}
