package it.cuffia.web.pay;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.pay.application.PayDisputes;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.domain.LineDispute;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.security.UserSession;
import java.math.BigDecimal;
import java.util.List;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;

/** One statement, line by line (agents see their own only). */
@Named
@ViewScoped
public class StatementView implements Serializable {

    @Inject private PayService pay;
    @Inject private PayDisputes disputes;
    @Inject private UserSession session;

    private Long id;
    private PayStatement statement;
    private List<LineDispute> disputeRows = List.of();

    /** The line the agent is contesting, and their comment. */
    private PayStatementLine disputedLine;
    private String comment;
    /** The dispute a supervisor is answering: accepted with an amount, or rejected; the reason either way. */
    private LineDispute answering;
    private boolean accepting;
    private BigDecimal amount;
    private String reason;

    public void load() {
        statement = pay.statement(ViewParameterGuard.required(id, "statement"));
        disputeRows = disputes.of(id);
    }

    /** The reader's own statement: they may contest its lines, not answer. */
    public boolean isMine() {
        return statement != null && statement.getAgent().getUsername().equals(session.getUsername());
    }

    public void startDispute(PayStatementLine line) {
        disputedLine = line;
        comment = null;
    }

    public void raise() {
        disputes.raise(id, disputedLine.getLineNo(), rule(disputedLine), comment);
        Messages.info("pay.dispute.raised");
        load();
    }

    public void startAnswer(LineDispute dispute, boolean accept) {
        answering = dispute;
        accepting = accept;
        amount = null;
        reason = null;
    }

    public void answer() {
        if (accepting) {
            disputes.accept(answering.getId(), amount, reason);
            Messages.info("pay.dispute.accepted");
        } else {
            disputes.reject(answering.getId(), reason);
            Messages.info("pay.dispute.rejected");
        }
        load();
    }

    public String rule(PayStatementLine line) {
        return StatementDocuments.rule(line);
    }

    public String plan(PayStatementLine line) {
        return StatementDocuments.plan(line);
    }

    public String note(PayStatementLine line) {
        return StatementDocuments.note(line);
    }

    public StreamedContent getPdf() {
        return pdfOf(pay.statement(id));
    }

    public PayStatement getStatement() { return statement; }
    public List<LineDispute> getDisputes() { return disputeRows; }
    public PayStatementLine getDisputedLine() { return disputedLine; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public LineDispute getAnswering() { return answering; }
    public boolean isAccepting() { return accepting; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    private StreamedContent pdfOf(it.cuffia.pay.domain.PayStatement statement) {
        return StatementDocuments.pdf(statement, pay.employeeCodeOf(statement));
    }
}
