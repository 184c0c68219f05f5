package it.cuffia.web.outbound;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The report of one lead import: every record of the file, its line, outcome and reason, to read, filter or download. */
@Named
@ViewScoped
public class LeadImportView implements Serializable {

    @Inject
    private LeadImportService imports;

    private Long id;
    private LeadImport upload;
    private LeadImportIssue.Kind kind;
    private ServiceLazyModel<LeadImportIssue> issues;
    private long leadsWithoutConsent;

    public void load() {
        upload = imports.get(ViewParameterGuard.required(id, "import"));
        leadsWithoutConsent = imports.leadsWithoutConsent(id);
        issues = new ServiceLazyModel<>(request -> imports.issues(id, request)).withDefaultSort("lineNumber", true);
    }

    /** The outcome chosen above the table: only those lines, or all when none. */
    public void filter() {
        issues.withFilter("kind", kind == null ? null : kind.name());
    }

    public String reason(LeadImportIssue issue) {
        return LeadImportReport.reason(Messages.locale(), issue);
    }

    public StreamedContent getReportCsv() {
        byte[] bytes = LeadImportReport.csv(imports, id, null, Messages.locale());
        return DefaultStreamedContent.builder().name("import-" + id + "-report.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public LeadImportIssue.Kind[] getKinds() { return LeadImportIssue.Kind.values(); }
    public LeadImportIssue.Kind getKind() { return kind; }
    public void setKind(LeadImportIssue.Kind kind) { this.kind = kind; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public LeadImport getUpload() { return upload; }
    public long getLeadsWithoutConsent() { return leadsWithoutConsent; }

    /** The consent the campaign requires, as the summary names it (null when it requires none). */
    public String getRequiredConsent() {
        return upload.getCampaign().getConsentPurpose() == null ? null
                : Messages.text("consent.purpose." + upload.getCampaign().getConsentPurpose().name());
    }
    public ServiceLazyModel<LeadImportIssue> getIssues() { return issues; }
}
