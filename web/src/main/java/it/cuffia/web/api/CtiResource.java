package it.cuffia.web.api;

import it.cuffia.contact.application.CtiEvent;
import it.cuffia.contact.application.InteractionService;
import it.cuffia.contact.domain.Interaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Call events from a client's PBX (queued, ringing, answered, ended; ended unanswered = abandoned), authenticated by the client's API
 * key in {@code X-Api-Key} rather than a user: the agent's console pops the caller up.
 */
@Path("cti/calls")
@CtiKeyRequired
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CtiResource {

    public static final String API_KEY_HEADER = "X-Api-Key";

    @Inject
    private InteractionService interactions;

    public record CallJson(Long interactionId, String callId, String from, Long customerId, String agent, String state, int holdSeconds) {
        static CallJson of(Interaction i) {
            String state = i.getEndedAt() != null ? (i.isAbandoned() ? "ABANDONED" : "ENDED")
                    : i.getAnsweredAt() != null ? "ANSWERED" : i.getAgent() == null ? "QUEUED" : "RINGING";
            return new CallJson(i.getId(), i.getExternalId(), i.getRemoteAddress(),
                    i.getCustomer() == null ? null : i.getCustomer().getId(),
                    i.getAgent() == null ? null : i.getAgent().getUsername(), state, i.getHoldSeconds());
        }
    }

    @POST
    @Operation(summary = "A call event: QUEUED (callId, from: in the client's queue, no agent yet), RINGING (callId, from, agent; "
            + "optionally to, the number dialled, and ivrChoice), ANSWERED (callId, agent), ENDED (callId, holdSeconds: "
            + "the end is always kept; a hold longer than the conversation is cut to it, and an end after the agent hung up "
            + "records the hold only)")
    public CallJson event(@HeaderParam(API_KEY_HEADER) String apiKey, @NotNull @Valid CtiEvent event) {
        return CallJson.of(interactions.ctiEvent(apiKey, event));
    }
}
