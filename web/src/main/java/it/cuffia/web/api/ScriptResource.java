package it.cuffia.web.api;

import it.cuffia.scripts.application.ScriptRuns;
import it.cuffia.scripts.application.ScriptService;
import it.cuffia.scripts.application.VersionStats;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptStep;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.scripts.domain.StepKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Call scripts for tools outside the consoles (admins write, supervisors read): versions with their
 * steps, the draft's steps, publishing and pinning, and each version's figures.
 */
@Path("scripts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScriptResource {

    @Inject
    private ScriptService scripts;
    @Inject
    private ScriptRuns runs;

    public record VersionJson(int number, String status, boolean pinned, List<OutboundResource.StepJson> steps) {
        static VersionJson of(ScriptVersion v) {
            return new VersionJson(v.getNumber(), v.getStatus().name(), v.equals(v.getScript().getPinnedVersion()),
                    v.getSteps().stream().map(OutboundResource.StepJson::of).toList());
        }
    }

    public record ScriptJson(Long id, String name, Long clientId, Long campaignId, String ticketCategory, List<VersionJson> versions) {
        static ScriptJson of(Script s) {
            return new ScriptJson(s.getId(), s.getName(), s.getClient().getId(), s.getCampaign() == null ? null : s.getCampaign().getId(),
                    s.getTicketCategory() == null ? null : s.getTicketCategory().name(), s.getVersions().stream().map(VersionJson::of).toList());
        }
    }

    /** A step as written in the draft: kind SAY, QUESTION, SURVEY or END. */
    public record StepInput(StepKind kind, String title, String body, boolean mandatory, String next, String outcome,
                            Long surveyQuestionId, List<OutboundResource.AnswerJson> answers) {
        ScriptStep.StepData data() {
            return new ScriptStep.StepData(kind, title, body, mandatory, next, outcome, surveyQuestionId,
                    answers == null ? List.of() : answers.stream().map(a -> new ScriptAnswer(a.label(), a.next())).toList());
        }
    }

    /** A line of the list: which script, for what, and the version agents follow. */
    public record ScriptLine(Long id, String name, Long clientId, String campaign, String ticketCategory, Integer pinnedVersion) {
        static ScriptLine of(Script s) {
            return new ScriptLine(s.getId(), s.getName(), s.getClient().getId(), s.getCampaign() == null ? null : s.getCampaign().getName(),
                    s.getTicketCategory() == null ? null : s.getTicketCategory().name(),
                    s.getPinnedVersion() == null ? null : s.getPinnedVersion().getNumber());
        }
    }

    @GET
    @Operation(summary = "Scripts of the caller's clients, searched by name (q), sorted and paged")
    public CustomerResource.PageJson<ScriptLine> list(@jakarta.ws.rs.QueryParam("q") String q,
                                                     @jakarta.ws.rs.QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
                                                     @jakarta.ws.rs.QueryParam("size") @jakarta.ws.rs.DefaultValue("20") int size) {
        Paging.check(first, size);
        java.util.Map<String, String> filters = q == null ? java.util.Map.of() : java.util.Map.of("q", q);
        it.cuffia.shared.application.Page<Script> page = scripts.page(new it.cuffia.shared.application.PageRequest(first, size, "name", true, filters));
        return new CustomerResource.PageJson<>(page.items().stream().map(ScriptLine::of).toList(), page.total(), first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A script with every version and its steps")
    public ScriptJson get(@PathParam("id") Long id) {
        return ScriptJson.of(scripts.get(id));
    }

    @POST
    @Path("{id}/drafts")
    @Operation(summary = "Opens a new draft, a copy of the latest version")
    public ScriptJson newDraft(@PathParam("id") Long id) {
        return ScriptJson.of(scripts.newDraft(id));
    }

    @POST
    @Path("{id}/draft/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a step to the draft")
    public ScriptJson addStep(@PathParam("id") Long id, StepInput step) {
        return ScriptJson.of(scripts.addStep(id, input(step).data()));
    }

    @PUT
    @Path("{id}/versions/{number}/steps/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes a step of a version: only a draft's steps change")
    public ScriptJson changeStep(@PathParam("id") Long id, @PathParam("number") int number, @PathParam("key") String key, StepInput step) {
        return ScriptJson.of(scripts.changeStep(id, number, key, input(step).data()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publishes the draft (refused with its problems' count when it is not valid)")
    public ScriptJson publish(@PathParam("id") Long id) {
        return ScriptJson.of(scripts.publish(id));
    }

    /** A problem of a draft: its message key and arguments, and the message in the caller's language. */
    public record ProblemJson(String key, List<Object> arguments, String text) {
    }

    @GET
    @Path("{id}/problems")
    @Operation(summary = "What keeps the draft from being published (message key, arguments and text in the caller's language)")
    public List<ProblemJson> problems(@PathParam("id") Long id, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        java.util.Locale locale = ProblemMappers.locale(headers);
        return scripts.problems(id).stream()
                .map(p -> new ProblemJson(p.key(), p.arguments(),
                        it.cuffia.web.faces.Messages.text(locale, p.key(), p.arguments().toArray())))
                .toList();
    }

    @POST
    @Path("{id}/versions/{number}/pin")
    @Operation(summary = "The version agents follow from their next call")
    public ScriptJson pin(@PathParam("id") Long id, @PathParam("number") int number) {
        return ScriptJson.of(scripts.pin(id, number));
    }

    @GET
    @Path("{id}/versions/{number}/stats")
    @Operation(summary = "Calls, completion, average duration, outcomes and drop-off per step of a version")
    public VersionStats stats(@PathParam("id") Long id, @PathParam("number") int number) {
        return runs.stats(id, number);
    }

    private static StepInput input(StepInput step) {
        if (step == null) {
            throw new it.cuffia.shared.domain.DomainException("script.step.kindRequired");
        }
        return step;
    }
}
