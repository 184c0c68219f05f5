package it.cuffia.web.outbound;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.LeadField;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.CsvOutput;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The report of one lead import: every rejected or merged row, its line and reason, to read or download. */
@Named
@ViewScoped
public class LeadImportView implements Serializable {

    @Inject
    private LeadImportService imports;

    private Long id;
    private LeadImport upload;
    private ServiceLazyModel<LeadImportIssue> issues;

    public void load() {
        upload = imports.get(ViewParameterGuard.required(id, "import"));
        issues = new ServiceLazyModel<>(request -> imports.issues(id, request));
    }

    /** The reason in the reader's language; field names in arguments are translated too. */
    public String reason(LeadImportIssue issue) {
        Object[] args = issue.args().stream().map(LeadImportView::fieldName).toArray();
        return Messages.text(issue.getReasonKey(), args);
    }

    private static Object fieldName(String arg) {
        for (LeadField field : LeadField.values()) {
            if (field.name().equals(arg)) {
                return Messages.text("leadField." + arg);
            }
        }
        return arg;
    }

    public StreamedContent getReportCsv() {
        byte[] bytes;
        try (CsvOutput csv = CsvOutput.forExcel()) {
            csv.row(Messages.text("leads.report.line"), Messages.text("leads.report.kind"), Messages.text("leads.report.reason"),
                    Messages.text("leads.report.row"));
            // page by page: a 100k-row file may have more issues than one page holds
            for (int first = 0; ; first += PageRequest.MAX_SIZE) {
                List<LeadImportIssue> page = imports.issues(id, PageRequest.of(first, PageRequest.MAX_SIZE)).items();
                for (LeadImportIssue issue : page) {
                    csv.row(issue.getLineNumber(), Messages.text("leads.report.kind." + issue.getKind()), reason(issue), issue.getRawLine());
                }
                if (page.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
            bytes = csv.bytes();
        }
        return DefaultStreamedContent.builder().name("import-" + id + "-report.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LeadImport getUpload() { return upload; }
    public ServiceLazyModel<LeadImportIssue> getIssues() { return issues; }
}
