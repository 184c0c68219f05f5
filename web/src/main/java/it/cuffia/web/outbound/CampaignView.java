package it.cuffia.web.outbound;

import it.cuffia.web.faces.ViewParameterGuard;
import it.cuffia.batch.leads.LeadImportJobs;
import it.cuffia.outbound.application.CampaignMonitor;
import it.cuffia.outbound.application.CampaignService;
import it.cuffia.outbound.application.CampaignStats;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.application.SurveyResults;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadColumn;
import it.cuffia.outbound.domain.LeadField;
import it.cuffia.outbound.domain.LeadFile;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadRpoState;
import it.cuffia.outbound.domain.QuestionKind;
import it.cuffia.outbound.domain.SurveyAnswer;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.web.faces.Charts;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.CsvOutput;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.PerRequest;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** One campaign for the admin: its leads, its lead imports, its questionnaire and the survey's results. */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    @Inject
    private CampaignService campaigns;
    @Inject
    private LeadImportService imports;
    @Inject
    private LeadImportJobs importJobs;
    @Inject
    private CampaignMonitor monitor;
    @Inject
    private SurveyResults surveys;

    private Long id;
    private Campaign campaign;
    private ServiceLazyModel<Lead> leads;
    private ServiceLazyModel<it.cuffia.outbound.domain.Sale> sales;

    // the upload waiting for its mapping
    private String fileName;
    private byte[] content;
    private String charset;
    private String delimiter;
    private LeadImportService.Preview preview;
    private final Map<LeadField, Integer> mapping = new EnumMap<>(LeadField.class);

    private String questionText;
    private QuestionKind questionKind = QuestionKind.SINGLE;
    private String questionOptions;
    private boolean questionRequired = true;

    /** The register's state of the leads on the table's current page, by lead id (one query per page). */
    private final Map<Long, LeadRpoState> rpoStates = new java.util.HashMap<>();
    private long uncheckedLeads;
    private long leadsWithoutConsent;

    public void load() {
        campaign = campaigns.get(ViewParameterGuard.required(id, "campaign"));
        leads = new ServiceLazyModel<>(request -> {
            it.cuffia.shared.application.Page<Lead> page = campaigns.leads(id, request);
            rpoStates.clear();
            rpoStates.putAll(campaigns.rpoStates(page.items()));
            return page;
        }).countingUpTo(PageRequest.COUNT_LIMIT); // a campaign of a million leads: the status counts above are exact
        uncheckedLeads = campaigns.uncheckedLeadCount(id);
        leadsWithoutConsent = campaigns.leadsWithoutConsent(id);
        sales = new ServiceLazyModel<>(request -> campaigns.sales(id, request));
    }

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        charset = null;
        delimiter = null;
        readPreview(true);
    }

    /** The admin changed the encoding or separator: read the file again. */
    public void reread() {
        readPreview(true);
    }

    private void readPreview(boolean guess) {
        preview = imports.preview(content, LeadFile.charsetOf(charset), LeadFile.delimiterOf(delimiter));
        charset = preview.charset();
        delimiter = preview.delimiter() == '\t' ? "t" : String.valueOf(preview.delimiter());
        if (guess) {
            mapping.clear();
            mapping.putAll(preview.mapping());
        }
    }

    public void startImport() {
        Map<LeadField, Integer> chosen = new EnumMap<>(LeadField.class);
        mapping.forEach((field, column) -> {
            if (column != null) chosen.put(field, column);
        });
        Long importId = imports.upload(id, fileName, content, LeadFile.charsetOf(charset), LeadFile.delimiterOf(delimiter), chosen);
        importJobs.start(importId);
        preview = null;
        content = null;
        Messages.info("leads.import.started", fileName);
    }

    public void cancelUpload() {
        preview = null;
        content = null;
    }

    public void restart(LeadImport upload) {
        importJobs.restart(upload.getId());
        Messages.info("leads.import.restarted", upload.getFileName());
    }

    public List<LeadImport> getImports() {
        return imports.importsOf(id);
    }

    public boolean isImportRunning() {
        return getImports().stream().anyMatch(i -> i.getStatus() == LeadImport.Status.QUEUED || i.getStatus() == LeadImport.Status.RUNNING);
    }

    // --- the mapping, one select per field (EL cannot key an EnumMap with a string) ---------------

    public List<MappingRow> getMappingRows() {
        List<MappingRow> rows = new ArrayList<>();
        for (LeadField field : LeadField.values()) {
            rows.add(new MappingRow(field));
        }
        return rows;
    }

    public class MappingRow implements Serializable {
        private final LeadField field;

        MappingRow(LeadField field) {
            this.field = field;
        }

        public LeadField getField() { return field; }
        public Integer getColumn() { return mapping.get(field); }
        public void setColumn(Integer column) {
            if (column == null) mapping.remove(field); else mapping.put(field, column);
        }
        public String getSample() {
            Integer column = mapping.get(field);
            return column == null || preview.sample().isEmpty() ? "" : preview.sample().get(0).value(column);
        }
    }

    /** Each column of the file and what the import does with it under the current mapping: nothing is dropped. */
    public List<ColumnRow> getColumnRows() {
        List<ColumnRow> rows = new ArrayList<>();
        for (LeadColumn column : LeadColumn.of(preview.headers(), mapping)) {
            String fate = column.keptAsAttribute()
                    ? Messages.text("leads.import.keptAs", column.attributeName())
                    : "→ " + column.fields().stream().map(f -> Messages.text("leadField." + f)).collect(Collectors.joining(", "));
            String sample = preview.sample().isEmpty() ? "" : preview.sample().get(0).value(column.index());
            rows.add(new ColumnRow((column.index() + 1) + ". " + column.header(), sample, fate, column.keptAsAttribute()));
        }
        return rows;
    }

    public static final class ColumnRow implements Serializable {
        private final String column;
        private final String sample;
        private final String fate;
        private final boolean attribute;

        ColumnRow(String column, String sample, String fate, boolean attribute) {
            this.column = column;
            this.sample = sample;
            this.fate = fate;
            this.attribute = attribute;
        }

        public String getColumn() { return column; }
        public String getSample() { return sample; }
        public String getFate() { return fate; }
        public boolean isAttribute() { return attribute; }
    }

    /** At mapping: the campaign requires a consent and no column is mapped to its field (null when neither). */
    public String getMappingConsentWarning() {
        if (preview == null || !LeadField.consentUnmapped(campaign.getConsentPurpose(), mapping.keySet())) {
            return null;
        }
        return Messages.text("leads.import.consent.unmapped", Messages.text("consent.purpose." + campaign.getConsentPurpose().name()));
    }

    public Map<String, Integer> getColumnChoices() {
        Map<String, Integer> choices = new LinkedHashMap<>();
        List<String> headers = preview.headers();
        for (int i = 0; i < headers.size(); i++) {
            choices.put((i + 1) + ". " + headers.get(i), i);
        }
        return choices;
    }

    // --- questionnaire ---------------------------------------------------------------------------

    public List<SurveyQuestion> getQuestions() {
        return campaigns.questions(id);
    }

    public void addQuestion() {
        campaigns.addQuestion(id, questionText, questionKind, questionOptions, questionRequired);
        questionText = null;
        questionOptions = null;
        Messages.info("saved");
    }

    public void removeQuestion(SurveyQuestion question) {
        campaigns.removeQuestion(question.getId());
        Messages.info("deleted");
    }

    public List<SurveyResults.QuestionResult> getResults() {
        return surveys.of(id);
    }

    /** A bar chart of one question's answers (Chart.js configuration for p:chart). */
    public String chart(SurveyResults.QuestionResult result) {
        List<Number> counts = new ArrayList<>(result.getCounts().values());
        return Charts.countBar(new ArrayList<>(result.getCounts().keySet()), List.of(new Charts.Series(Messages.text("survey.answers"), counts)));
    }

    /** Every answer, one row per call and question, UTF-8 with BOM and ';' so Italian Excel opens it. */
    public StreamedContent getResultsCsv() {
        byte[] bytes;
        try (CsvOutput csv = CsvOutput.forExcel()) {
            csv.row(Messages.text("survey.csv.call"), Messages.text("survey.csv.date"), Messages.text("survey.csv.question"),
                    Messages.text("survey.csv.answer"));
            for (SurveyAnswer answer : surveys.answers(id)) {
                csv.row(answer.getInteraction().getId(), answer.getInteraction().getRingingAt(),
                        answer.getQuestion().getText(), answer.getAnswer());
            }
            bytes = csv.bytes();
        }
        return DefaultStreamedContent.builder().name("survey-" + id + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The lead's state with the register of oppositions, as the table shows it. */
    public LeadRpoState rpoState(Lead lead) {
        return rpoStates.get(lead.getId());
    }

    /** Leads an activation (or the queue) finds without a valid RPO check: the campaign page warns; null when none. */
    public String getRpoWarning() {
        return uncheckedLeads == 0 ? null : Messages.text("campaign.rpo.uncheckedWarning", uncheckedLeads, campaign.getRpoWindowDays());
    }

    /** Workable leads without the consent the campaign requires: they will be set aside at their first take; null when none. */
    public String getConsentWarning() {
        return leadsWithoutConsent == 0 ? null : Messages.text("campaign.consent.missing", leadsWithoutConsent,
                Messages.text("consent.purpose." + campaign.getConsentPurpose().name()));
    }

    /**
     * Every lead without a valid RPO check (the activation refusal names only the first): name, number,
     * status, date of the latest check; UTF-8 with BOM and ';' so Italian Excel opens it.
     */
    public StreamedContent getUncheckedRpoCsv() {
        List<Lead> unchecked = campaigns.uncheckedLeads(id);
        Map<Long, LeadRpoState> states = campaigns.rpoStates(unchecked);
        byte[] bytes;
        try (CsvOutput csv = CsvOutput.forExcel()) {
            csv.row(Messages.text("customer.name"), Messages.text("customer.phone"), Messages.text("status"), Messages.text("lead.rpo"));
            for (Lead lead : unchecked) {
                csv.row(lead.getCustomer().getFullName(), lead.getPhone(), Messages.text("lead.status." + lead.getStatus().name()),
                        Messages.text("rpo.state." + states.get(lead.getId()).name()));
            }
            bytes = csv.bytes();
        }
        return DefaultStreamedContent.builder().name("rpo-unchecked-" + id + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public CampaignStats getStats() {
        return PerRequest.once("campaignView.stats", () -> monitor.of(id));
    }

    public LeadField[] getFields() { return LeadField.values(); }
    public QuestionKind[] getQuestionKinds() { return QuestionKind.values(); }
    public List<String> getCharsets() { return List.of("UTF-8", LeadFile.WINDOWS_1252.name()); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Campaign getCampaign() { return campaign; }
    public ServiceLazyModel<Lead> getLeads() { return leads; }
    public ServiceLazyModel<it.cuffia.outbound.domain.Sale> getSales() { return sales; }
    public LeadImportService.Preview getPreview() { return preview; }
    public String getFileName() { return fileName; }
    public String getCharset() { return charset; }
    public void setCharset(String charset) { this.charset = charset; }
    public String getDelimiter() { return delimiter; }
    public void setDelimiter(String delimiter) { this.delimiter = delimiter; }
    public String getQuestionText() { return questionText; }
    public void setQuestionText(String questionText) { this.questionText = questionText; }
    public QuestionKind getQuestionKind() { return questionKind; }
    public void setQuestionKind(QuestionKind questionKind) { this.questionKind = questionKind; }
    public String getQuestionOptions() { return questionOptions; }
    public void setQuestionOptions(String questionOptions) { this.questionOptions = questionOptions; }
    public boolean isQuestionRequired() { return questionRequired; }
    public void setQuestionRequired(boolean questionRequired) { this.questionRequired = questionRequired; }
}
