package it.cuffia.web.api;

import it.cuffia.pay.application.PayDisputes;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.domain.LineDispute;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.faces.MonthParam;
import it.cuffia.web.pay.StatementDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Pay statements for programs, with the same rules as the pages: an agent reads their own and disputes a line;
 * the supervisors of the agent's team (admins: every team) list a month, approve, and answer disputes. Lines carry
 * the rule and the note as the reader reads them (Accept-Language), beside the raw amounts.
 */
@Path("statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    private PayService pay;
    @Inject
    private PayDisputes disputes;
    @Context
    private HttpHeaders headers;

    public record LineJson(int lineNo, String kind, String plan, String rule, BigDecimal quantity, BigDecimal amount, String note) {
    }

    public record DisputeJson(Long id, int lineNo, String line, String comment, Instant raisedAt, String status, String answer,
                              String answeredBy, Instant answeredAt, BigDecimal adjustment) {
        static DisputeJson of(LineDispute d) {
            return new DisputeJson(d.getId(), d.getLineNo(), d.getLineText(), d.getComment(), d.getRaisedAt(), d.getStatus().name(),
                    d.getAnswer(), d.getAnsweredBy(), d.getAnsweredAt(), d.getAdjustment() == null ? null : d.getAdjustment().amount());
        }
    }

    public record StatementJson(Long id, String agent, YearMonth month, String status, BigDecimal fixed, BigDecimal variable,
                                BigDecimal clawback, BigDecimal adjustment, BigDecimal total, Instant computedAt, Instant approvedAt,
                                String approvedBy, List<LineJson> lines, List<DisputeJson> disputes) {
    }

    public record SummaryJson(Long id, String agent, YearMonth month, String status, BigDecimal total) {
        static SummaryJson of(PayStatement s) {
            return new SummaryJson(s.getId(), s.getAgent().getUsername(), s.getMonth(), s.getStatus().name(), s.getTotal().amount());
        }
    }

    public static class DisputeBody {
        @NotBlank
        @Size(max = LineDispute.TEXT_MAX)
        private String comment;

        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }

    public static class AnswerBody {
        /** Accepting: what the agent gets (or gives back, negative) in their next open month. */
        private BigDecimal amount;
        @NotBlank
        @Size(max = LineDispute.TEXT_MAX)
        private String reason;

        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    @GET
    @Operation(summary = "The month's statements of the caller's teams (supervisors, admins); month as yyyy-MM")
    public CustomerResource.PageJson<SummaryJson> month(@QueryParam("month") String month, @QueryParam("first") @DefaultValue("0") int first,
                                                       @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        YearMonth parsed = MonthParam.parse(month);
        if (parsed == null) {
            throw new DomainException("batch.param.month", ""); // the month is required
        }
        Page<PayStatement> page = pay.statements(parsed, new PageRequest(first, size, null, false, Map.of()));
        return new CustomerResource.PageJson<>(page.items().stream().map(SummaryJson::of).toList(), page.total(), first, size);
    }

    @GET
    @Path("mine")
    @Operation(summary = "The calling agent's statements, newest first (two years)")
    public List<SummaryJson> mine() {
        return pay.mine().stream().map(SummaryJson::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One statement with its lines and disputes")
    public StatementJson get(@PathParam("id") Long id) {
        return json(pay.statement(id));
    }

    @POST
    @Path("{id}/approval")
    @Operation(summary = "Approves a draft statement: from then on it never changes")
    public StatementJson approve(@PathParam("id") Long id) {
        return json(pay.approve(id));
    }

    @POST
    @Path("{id}/lines/{lineNo}/disputes")
    @Operation(summary = "The agent contests a line of their own statement with a comment (one open dispute per line)")
    public DisputeJson dispute(@PathParam("id") Long id, @PathParam("lineNo") int lineNo, @NotNull @Valid DisputeBody body) {
        PayStatementLine line = pay.statement(id).line(lineNo);
        return DisputeJson.of(disputes.raise(id, lineNo, StatementDocuments.rule(line.getKind(), line.getRule(), locale()),
                body.getComment()));
    }

    @POST
    @Path("disputes/{id}/acceptance")
    @Operation(summary = "Accepts a dispute: the amount becomes an adjustment line in the agent's next open month, with the reason")
    public DisputeJson accept(@PathParam("id") Long id, @NotNull @Valid AnswerBody body) {
        return DisputeJson.of(disputes.accept(id, body.getAmount(), body.getReason()));
    }

    @POST
    @Path("disputes/{id}/rejection")
    @Operation(summary = "Rejects a dispute with a reason")
    public DisputeJson reject(@PathParam("id") Long id, @NotNull @Valid AnswerBody body) {
        return DisputeJson.of(disputes.reject(id, body.getReason()));
    }

    private StatementJson json(PayStatement s) {
        Locale locale = locale();
        List<LineJson> lines = s.getLines().stream().map(l -> new LineJson(l.getLineNo(), l.getKind().name(),
                StatementDocuments.plan(l.getKind(), l.getPlanName(), locale), StatementDocuments.rule(l.getKind(), l.getRule(), locale),
                l.getQuantity(), l.getAmount().amount(), StatementDocuments.note(l.getNoteKey(), l.getNoteArg(), locale))).toList();
        return new StatementJson(s.getId(), s.getAgent().getUsername(), s.getMonth(), s.getStatus().name(), s.getFixedPay().amount(),
                s.getVariablePay().amount(), s.getClawback().amount(), s.getAdjustment().amount(), s.getTotal().amount(),
                s.getComputedAt(), s.getApprovedAt(), s.getApprovedBy(), lines,
                disputes.of(s.getId()).stream().map(DisputeJson::of).toList());
    }

    private Locale locale() {
        return ProblemMappers.locale(headers);
    }
}
