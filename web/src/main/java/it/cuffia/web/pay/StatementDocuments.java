package it.cuffia.web.pay;

import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.pay.domain.Rate;
import it.cuffia.pay.domain.StatementLine;
import it.cuffia.pay.infrastructure.StatementPdf;
import it.cuffia.web.faces.Formats;
import it.cuffia.web.faces.Messages;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.Locale;
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

    /**
     * A note in the reader's language: a gate's or a cap's argument is a {@link Rate} written in the
     * reader's format ("Qualità ≥ 80,00 %", "600,00 €"), a KPI's name its label; an argument stored
     * as text by an older version is shown as written.
     */
    public static String note(String key, String argument) {
        return key == null ? "" : Messages.text(key, argument(argument, Messages.locale()));
    }

    private static String argument(String argument, Locale locale) {
        if (argument == null || argument.isEmpty()) {
            return "";
        }
        if (Kpi.find(argument).isPresent()) {
            return Messages.text(locale, "kpi." + argument);
        }
        Rate rate = Rate.parse(argument);
        if (rate.kpi() != null && Kpi.find(rate.kpi()).isPresent()) {
            return Messages.text(locale, "kpi." + rate.kpi()) + " " + Formats.rate(rate, locale);
        }
        return rate.kpi() != null ? rate.kpi() + " " + Formats.rate(rate, locale) : Formats.rate(rate, locale);
    }

    public static StreamedContent pdf(PayStatement statement) {
        Locale locale = Messages.locale();
        byte[] bytes = StatementPdf.render(statement, new StatementPdf.Texts(key -> Messages.text(locale, key), StatementDocuments::rule,
                line -> Formats.quantity(line.getRate(), line.getQuantity(), locale), line -> Formats.rate(line.getRate(), locale),
                StatementDocuments::note, amount -> Formats.money(amount, locale)));
        return DefaultStreamedContent.builder().name("statement-" + statement.getAgent().getUsername() + "-" + statement.getMonth() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public static StreamedContent payroll(byte[] csv, YearMonth month) {
        return DefaultStreamedContent.builder().name("payroll-" + month + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }
}
