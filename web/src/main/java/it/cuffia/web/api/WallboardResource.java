package it.cuffia.web.api;

import it.cuffia.contact.application.WallboardService;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.AgentStatePeriod;
import it.cuffia.contact.domain.CallFigures;
import it.cuffia.ticketing.application.SlaWatch;
import it.cuffia.ticketing.application.TicketService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The wallboard for programs (issue 15 §3; a wall display of another make, the tests): the same figures as the page,
 * of one client ({@code clientId}) or of all clients in the caller's view, and the supervisor's actions on an agent
 * of their teams, each with a reason the audit log keeps. Supervisors and admins only.
 */
@Path("wallboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WallboardResource {

    @Inject
    private WallboardService wallboard;
    @Inject
    private TicketService tickets;
    @Inject
    private Clock clock;

    /**
     * @param serviceLevel percent to one decimal, null when no call stopped waiting
     * @param averageSpeedOfAnswerSeconds null when nobody answered
     * @param longestWaitSeconds null when no call waits
     */
    public record WallboardJson(Long clientId, long waiting, Long longestWaitSeconds, long answered, long abandoned, long answeredInTime,
                                BigDecimal serviceLevel, Long averageSpeedOfAnswerSeconds, Map<String, Long> agents,
                                long ticketsAtRisk, long ticketsBreached) {
    }

    public record ReasonJson(String reason) {
    }

    @GET
    @Operation(summary = "Today's calls, agents by state and tickets breaching soon, of one client or of all clients in view")
    public WallboardJson figures(@QueryParam("clientId") Long clientId) {
        CallFigures calls = wallboard.calls(clientId);
        List<AgentStatePeriod> agents = wallboard.agents(clientId);
        SlaWatch sla = tickets.slaWatch(clientId, 0);
        Map<String, Long> byState = new java.util.LinkedHashMap<>();
        for (AgentState state : List.of(AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.WRAP_UP, AgentState.PAUSED)) {
            byState.put(state.name(), agents.stream().filter(p -> p.getState() == state).count());
        }
        return new WallboardJson(clientId, calls.waiting(), calls.longestWait(clock.instant()).map(Duration::getSeconds).orElse(null),
                calls.answered(), calls.abandoned(), calls.inTime(), calls.serviceLevel().orElse(null),
                calls.averageSpeedOfAnswer().map(Duration::getSeconds).orElse(null), byState, sla.atRisk(), sla.breached());
    }

    @POST
    @Path("agents/{username}/pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Puts an agent of the caller's teams into a pause, with a reason (audited, shown on the agent's console)")
    public Map<String, String> pause(@PathParam("username") String username, @NotNull ReasonJson body) {
        return Map.of("agent", username, "state", wallboard.forcePause(username, body.reason()).getState().name());
    }

    @POST
    @Path("agents/{username}/logout")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Logs an agent of the caller's teams out of the queues, with a reason (audited, shown on the agent's console)")
    public Map<String, String> logout(@PathParam("username") String username, @NotNull ReasonJson body) {
        wallboard.forceLogout(username, body.reason());
        return Map.of("agent", username, "state", AgentState.LOGGED_OUT.name());
    }

    @POST
    @Path("agents/{username}/message")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A message (in 'reason') to an agent of the caller's teams, shown on their console (audited)")
    public Map<String, String> message(@PathParam("username") String username, @NotNull ReasonJson body) {
        wallboard.message(username, body.reason());
        return Map.of("agent", username);
    }
}
