package it.cuffia.web.pay;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.pay.application.PayService;
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

    private Long id;
    private PayStatement statement;

    public void load() {
        statement = pay.statement(ViewParameterGuard.required(id, "statement"));
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
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    private StreamedContent pdfOf(it.cuffia.pay.domain.PayStatement statement) {
        return StatementDocuments.pdf(statement, pay.employeeCodeOf(statement));
    }
}
