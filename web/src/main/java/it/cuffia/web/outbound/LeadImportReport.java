package it.cuffia.web.outbound;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.LeadField;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.CsvOutput;
import it.cuffia.web.faces.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The per-line report of a lead import as people read it, one definition for the report screen,
 * its download and {@code /api}: the same outcome labels, the same reasons, the same CSV.
 */
public final class LeadImportReport {

    private LeadImportReport() {
    }

    /** The outcome in the reader's language: Importata, Collegata, Scartata, Saltata. */
    public static String kind(Locale locale, LeadImportIssue.Kind kind) {
        return Messages.text(locale, "leads.report.kind." + kind);
    }

    /** The reason in the reader's language; field and consent names in arguments are translated too. */
    public static String reason(Locale locale, LeadImportIssue issue) {
        Object[] args = issue.args().stream().map(arg -> said(locale, arg)).toArray();
        return Messages.text(locale, issue.getReasonKey(), args);
    }

    private static Object said(Locale locale, String arg) {
        for (LeadField field : LeadField.values()) {
            if (field.name().equals(arg)) {
                return Messages.text(locale, "leadField." + arg);
            }
        }
        List<String> purposes = Arrays.asList(arg.split(", "));
        if (purposes.stream().allMatch(p -> Arrays.stream(ConsentPurpose.values()).anyMatch(c -> c.name().equals(p)))) {
            return purposes.stream().map(p -> Messages.text(locale, "consent.purpose." + p)).collect(Collectors.joining(", "));
        }
        return arg;
    }

    /**
     * Every line of the report (those of one outcome if {@code kind} is given), UTF-8 with BOM and ';'
     * so Italian Excel opens it; cells that a spreadsheet would take for formulas are made text.
     */
    public static byte[] csv(LeadImportService imports, Long importId, String kind, Locale locale) {
        Map<String, String> filters = kind == null || kind.isBlank() ? Map.of() : Map.of("kind", kind);
        try (CsvOutput csv = CsvOutput.forExcel()) {
            csv.row(Messages.text(locale, "leads.report.line"), Messages.text(locale, "leads.report.kind"),
                    Messages.text(locale, "leads.report.reason"), Messages.text(locale, "leads.report.row"));
            // page by page: a 100k-row file has a 100k-line report
            for (int first = 0; ; first += PageRequest.MAX_SIZE) {
                Page<LeadImportIssue> page = imports.issues(importId,
                        new PageRequest(first, PageRequest.MAX_SIZE, "lineNumber", true, filters));
                for (LeadImportIssue issue : page.items()) {
                    csv.row(issue.getLineNumber(), kind(locale, issue.getKind()), reason(locale, issue), issue.getRawLine());
                }
                if (page.items().size() < PageRequest.MAX_SIZE) {
                    return csv.bytes();
                }
            }
        }
    }
}
