package it.cuffia.web.api;

import it.cuffia.quality.application.Evaluations;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.quality.domain.ScoreChange;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Quality evaluations (issue 16 §1) for programs: supervisors and admins evaluate the interactions of their clients
 * and answer disputes; agents read their own evaluations, acknowledge or dispute them. The same service and the same
 * rules as the pages.
 */
@Path("quality/evaluations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QualityResource {

    @Inject
    private Evaluations evaluations;

    public record ChangeJson(String by, Instant at, BigDecimal oldScore, BigDecimal newScore, String reason) {
        static ChangeJson of(ScoreChange c) {
            return new ChangeJson(c.getChangedBy(), c.getChangedAt(), c.getOldScore(), c.getNewScore(), c.getReason());
        }
    }

    public record EvaluationJson(Long id, Long interactionId, String agent, Long clientId, Long formId, int formVersion, String evaluatedBy,
                                 Instant evaluatedAt, BigDecimal score, boolean failedCritical, String status, String disputeComment,
                                 String answer, String answeredBy, List<ChangeJson> changes) {
        static EvaluationJson of(Evaluation e) {
            return new EvaluationJson(e.getId(), e.getInteraction().getId(), e.getAgent().getUsername(), e.getClient().getId(),
                    e.getFormVersion().getForm().getId(), e.getFormVersion().getNumber(), e.getEvaluatedBy(), e.getEvaluatedAt(), e.getScore(),
                    e.isFailedCritical(), e.getStatus().name(), e.getDisputeComment(), e.getAnswer(), e.getAnsweredBy(),
                    e.getChanges().stream().map(ChangeJson::of).toList());
        }
    }

    public static class NewEvaluationJson {
        @NotNull
        private Long interactionId;
        @NotNull
        private Long formId;
        /** Each item's value by its position: 1/0 for yes/no, points for a scale, null for not applicable. */
        @NotNull
        private Map<String, Integer> values;
        private String comment;

        public Long getInteractionId() { return interactionId; }
        public void setInteractionId(Long interactionId) { this.interactionId = interactionId; }
        public Long getFormId() { return formId; }
        public void setFormId(Long formId) { this.formId = formId; }
        public Map<String, Integer> getValues() { return values; }
        public void setValues(Map<String, Integer> values) { this.values = values; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    public static class TextJson {
        private String text;
        /** A new score, when a dispute is accepted. */
        private BigDecimal score;

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal score) { this.score = score; }
    }

    @GET
    @Operation(summary = "Evaluations newest first: the caller's own for an agent (mine=true), those of the caller's clients for staff; filter: status")
    public CustomerResource.PageJson<EvaluationJson> list(@QueryParam("mine") @DefaultValue("false") boolean mine, @QueryParam("status") String status,
                                                         @QueryParam("first") @DefaultValue("0") int first,
                                                         @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        Map<String, String> filters = new HashMap<>();
        if (status != null) {
            filters.put("status", status);
        }
        PageRequest request = new PageRequest(first, size, "evaluatedAt", false, filters);
        Page<Evaluation> page = mine ? evaluations.mine(request) : evaluations.page(request);
        return new CustomerResource.PageJson<>(page.items().stream().map(EvaluationJson::of).toList(), page.total(), first, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One evaluation, with its score history")
    public EvaluationJson get(@PathParam("id") Long id) {
        return EvaluationJson.of(evaluations.get(id));
    }

    @POST
    @Operation(summary = "Evaluates an interaction against the latest version of a form (one evaluation per interaction)")
    public EvaluationJson evaluate(@NotNull @Valid NewEvaluationJson body) {
        Map<Integer, Integer> values = new HashMap<>();
        body.getValues().forEach((position, value) -> values.put(position(position), value));
        return EvaluationJson.of(evaluations.evaluate(body.getInteractionId(), body.getFormId(), values, body.getComment()));
    }

    private static int position(String key) {
        if (key == null) {
            // a JSON array sent for the object ([1, 2]) reaches here as keys that are null
            throw new it.cuffia.shared.domain.DomainException("quality.answers.shape");
        }
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            throw new it.cuffia.shared.domain.DomainException("quality.answer.position", key);
        }
    }

    @POST
    @Path("{id}/acknowledgement")
    @Operation(summary = "The evaluated agent acknowledges the evaluation")
    public EvaluationJson acknowledge(@PathParam("id") Long id) {
        return EvaluationJson.of(evaluations.acknowledge(id));
    }

    @POST
    @Path("{id}/dispute")
    @Operation(summary = "The evaluated agent disputes the evaluation with a comment (text)")
    public EvaluationJson dispute(@PathParam("id") Long id, @NotNull TextJson body) {
        return EvaluationJson.of(evaluations.dispute(id, body.getText()));
    }

    @POST
    @Path("{id}/dispute/acceptance")
    @Operation(summary = "A supervisor accepts the dispute: the new score and the reason (text), kept in the history")
    public EvaluationJson accept(@PathParam("id") Long id, @NotNull TextJson body) {
        return EvaluationJson.of(evaluations.accept(id, body.getScore(), body.getText()));
    }

    @POST
    @Path("{id}/dispute/rejection")
    @Operation(summary = "A supervisor rejects the dispute with a reason (text)")
    public EvaluationJson reject(@PathParam("id") Long id, @NotNull TextJson body) {
        return EvaluationJson.of(evaluations.reject(id, body.getText()));
    }
}
