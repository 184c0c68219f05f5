package it.cuffia.web.pay;

import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.pay.domain.StatementLine;
import it.cuffia.pay.infrastructure.StatementPdf;
import it.cuffia.web.faces.Messages;
import jakarta.faces.context.FacesContext;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Statement lines and files as the reader reads them: rule names, notes, the PDF and the payroll CSV. */
public final class StatementDocuments {

    private StatementDocuments() {
    }

    /** The rule column: the contract type for fixed lines, "cap" translated, the admin's own rule names otherwise. */
    public static String rule(PayStatementLine line) {
        return rule(line.getKind(), line.getRule());
    }

    public static String rule(StatementLine.Kind kind, String rule) {
        if (kind == StatementLine.Kind.FIXED) {
            return Messages.text("pay.line.fixedSalary", Messages.text("contract.type." + rule));
        }
        return kind == StatementLine.Kind.CAP ? Messages.text("pay.line.cap") : rule;
    }

    public static String note(PayStatementLine line) {
        return note(line.getNoteKey(), line.getNoteArg());
    }

    public static String note(String key, String argument) {
        return key == null ? "" : Messages.text(key, argument == null ? "" : argument);
    }

    public static StreamedContent pdf(PayStatement statement) {
        byte[] bytes = StatementPdf.render(statement, FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                Messages::text, StatementDocuments::rule, StatementDocuments::note);
        return DefaultStreamedContent.builder().name("statement-" + statement.getAgent().getUsername() + "-" + statement.getMonth() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public static StreamedContent payroll(byte[] csv, YearMonth month) {
        return DefaultStreamedContent.builder().name("payroll-" + month + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }
}
