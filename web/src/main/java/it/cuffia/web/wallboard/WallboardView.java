package it.cuffia.web.wallboard;

import it.cuffia.contact.application.WallboardService;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.CallFigures;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.ticketing.application.SlaWatch;
import it.cuffia.ticketing.application.TicketService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 15 §3, the supervisor's wallboard: the figures of one client (or of every client in view), recounted when
 * the push channel says a call or an agent changed (PushChannel.WALLBOARD), never polled. Figures are read once per
 * change; the getters only format them. Waits and times in state tick in the browser (cuffia-push.js) from the
 * seconds the page was served with, so the server's clock is the only one that counts.
 */
@Named
@ViewScoped
public class WallboardView implements Serializable {

    /** At most this many tickets breaching soon are listed (all are counted). */
    private static final int DUE_FIRST = 5;

    @Inject
    private WallboardService wallboard;

    @Inject
    private TicketService tickets;

    @Inject
    private ClientService clients;

    @Inject
    private Clock clock;

    private Long clientId;
    private List<Client> choosable;
    private CallFigures calls;
    private List<AgentStatePeriod> agents;
    private Map<AgentState, Long> byState;
    private SlaWatch slaWatch;
    private Integer threshold;
    private Instant countedAt;

    /** The page's first count (f:viewAction, after the client of the address is set). */
    public void load() {
        choosable = clients.choosable();
        refresh();
    }

    /** Pushed: something changed; everything is recounted by the database in a few aggregate queries. */
    public void refresh() {
        countedAt = clock.instant();
        calls = wallboard.calls(clientId);
        agents = wallboard.agents(clientId);
        slaWatch = tickets.slaWatch(clientId, DUE_FIRST);
        threshold = clientId == null ? null : wallboard.serviceLevelSeconds(clientId);
        byState = new EnumMap<>(AgentState.class);
        for (AgentState state : List.of(AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.WRAP_UP, AgentState.PAUSED)) {
            byState.put(state, agents.stream().filter(p -> p.getState() == state).count());
        }
    }

    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public List<Client> getChoosable() { return choosable; }
    public CallFigures getCalls() { return calls; }
    public List<AgentStatePeriod> getAgents() { return agents; }
    public Map<AgentState, Long> getByState() { return byState; }
    public List<AgentState> getStates() { return List.copyOf(byState.keySet()); }
    public SlaWatch getSlaWatch() { return slaWatch; }
    /** The chosen client's threshold in seconds; null for all clients (each call against its own client's). */
    public Integer getThreshold() { return threshold; }

    /** Seconds the longest-waiting call has waited when counted; -1 when none waits. */
    public long getLongestWaitSeconds() {
        return calls.longestWait(countedAt).map(Duration::getSeconds).orElse(-1L);
    }

    public String getServiceLevel() {
        return calls.serviceLevel().map(v -> it.cuffia.web.faces.Formats.number(v, 1, 1, it.cuffia.web.faces.Messages.locale()) + " %")
                .orElse("—");
    }

    public String getAverageSpeedOfAnswer() {
        return calls.averageSpeedOfAnswer().map(d -> clockText(d.getSeconds())).orElse("—");
    }

    /** Seconds the agent has been in their state when counted. */
    public long secondsInState(AgentStatePeriod period) {
        return period.length(countedAt).getSeconds();
    }

    /** "0:07", "12:40", "1:02:03": how a wallboard shows a running time (cuffia-push.js ticks it on the same way). */
    public static String clockText(long seconds) {
        long s = Math.max(0, seconds);
        return s < 3600 ? String.format("%d:%02d", s / 60, s % 60) : String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    public String clock(long seconds) {
        return seconds < 0 ? "—" : clockText(seconds);
    }
}
