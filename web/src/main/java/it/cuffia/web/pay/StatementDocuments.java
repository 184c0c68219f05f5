package it.cuffia.web.pay;

import it.cuffia.pay.application.PayrollRow;
import it.cuffia.pay.domain.PayAdjustment;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.pay.domain.Rate;
import it.cuffia.pay.domain.SalesOfMonth;
import it.cuffia.pay.domain.StatementLine;
import it.cuffia.pay.infrastructure.StatementPdf;
import it.cuffia.web.faces.Formats;
import it.cuffia.web.faces.Messages;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
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
        return rule(kind, rule, Messages.locale());
    }

    /** The rule column in a given language (the API's reader has no console session). */
    public static String rule(StatementLine.Kind kind, String rule, Locale locale) {
        return switch (kind) {
            case FIXED -> Messages.text(locale, "pay.line.fixedSalary", Messages.text(locale, "contract.type." + rule));
            case CAP -> Messages.text(locale, "pay.line.cap");
            case CLAWBACK -> Messages.text(locale, "pay.line.clawback", PayAdjustment.referenceOf(rule),
                    Formats.month(PayAdjustment.paidMonthOf(rule), locale));
            case ADJUSTMENT -> Messages.text(locale, "pay.line.adjustment", PayAdjustment.referenceOf(rule),
                    Formats.month(PayAdjustment.paidMonthOf(rule), locale));
            case VARIABLE -> rule;
        };
    }

    /** The plan column: the plan's name, or what the line is when no plan made it (the salary, a clawback). */
    public static String plan(StatementLine.Kind kind, String planName) {
        return plan(kind, planName, Messages.locale());
    }

    public static String plan(StatementLine.Kind kind, String planName, Locale locale) {
        if (planName != null) {
            return planName;
        }
        return Messages.text(locale, switch (kind) {
            case CLAWBACK -> "pay.line.clawbacks";
            case ADJUSTMENT -> "pay.line.adjustments";
            default -> "pay.line.fixed";
        });
    }

    public static String plan(PayStatementLine line) {
        return plan(line.getKind(), line.getPlanName());
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
        return note(key, argument, Messages.locale());
    }

    public static String note(String key, String argument, Locale locale) {
        if (key == null) {
            return "";
        }
        return switch (key) {
            case StatementLine.REASON_NOTE -> Messages.text(locale, key, argument);
            case StatementLine.SALES_NOTE -> sales(SalesOfMonth.parse(argument), locale);
            default -> Messages.text(locale, key, argument(argument, locale));
        };
    }

    /** "4 vendite, 2 pagate; 1 senza consenso (999,99 €); 1 annullata (500,00 €)". */
    private static String sales(SalesOfMonth sales, Locale locale) {
        StringBuilder text = new StringBuilder(Messages.text(locale, "pay.note.sales", sales.all(), sales.paid()));
        if (sales.withoutConsent() > 0) {
            text.append("; ").append(Messages.text(locale, "pay.note.sales.withoutConsent", sales.withoutConsent(),
                    Formats.money(sales.withoutConsentTotal(), locale)));
        }
        if (sales.cancelled() > 0) {
            text.append("; ").append(Messages.text(locale, "pay.note.sales.cancelled", sales.cancelled(),
                    Formats.money(sales.cancelledTotal(), locale)));
        }
        return text.toString();
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

    /**
     * The statement as a PDF headed by the company (system properties {@code cuffia.company.name} and
     * {@code cuffia.company.address}), the period, the agent with their employee code, and who approved it when.
     */
    public static StreamedContent pdf(PayStatement statement, String employeeCode) {
        Locale locale = Messages.locale();
        String agent = statement.getAgent().getFullName() + " (" + statement.getAgent().getUsername() + ")"
                + (employeeCode == null ? "" : " · " + Messages.text(locale, "agent.employeeCode") + " " + employeeCode);
        String approval = statement.isApproved()
                ? Messages.text(locale, "pay.statement.approvedBy", Formats.dateTime(statement.getApprovedAt(), locale), statement.getApprovedBy())
                : Messages.text(locale, "pay.status." + statement.getStatus().name());
        StatementPdf.Heading heading = new StatementPdf.Heading(System.getProperty("cuffia.company.name", "Cuffia Contact Center"),
                System.getProperty("cuffia.company.address"), Formats.month(statement.getMonth(), locale), agent, approval);
        byte[] bytes = StatementPdf.render(statement, heading, new StatementPdf.Texts(key -> Messages.text(locale, key), StatementDocuments::plan, StatementDocuments::rule,
                line -> Formats.quantity(line.getRate(), line.getQuantity(), locale), line -> Formats.rate(line.getRate(), locale),
                StatementDocuments::note, amount -> Formats.money(amount, locale)));
        return DefaultStreamedContent.builder().name("statement-" + statement.getAgent().getUsername() + "-" + statement.getMonth() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public static StreamedContent payroll(byte[] csv, YearMonth month) {
        return DefaultStreamedContent.builder().name("payroll-" + month + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public static StreamedContent payrollXlsx(List<PayrollRow> rows, YearMonth month) {
        byte[] xlsx = PayrollXlsx.write(rows);
        return DefaultStreamedContent.builder().name("payroll-" + month + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(xlsx)).build();
    }
}
