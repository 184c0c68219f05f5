package it.cuffia.web.api;

import it.cuffia.batch.leads.LeadImportJobs;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.application.OutboundService;
import it.cuffia.outbound.application.OutcomeReport;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadFile;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.outbound.LeadImportReport;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import it.cuffia.outbound.domain.Offer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbound work for dialers and scripts: an agent takes the next lead, dials it and records the
 * outcome; an admin uploads a lead list (CSV body) and follows its import. Same rules as the consoles.
 * Application scoped (issue 17): it holds only the services it calls, and a request-scoped resource made Weld
 * look its EJBs up in JNDI again on every request (a hot path: dispatch, ticket creation).
 */
@Path("outbound")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboundResource {

    @Inject
    private OutboundService outbound;
    @Inject
    private LeadImportService imports;
    @Inject
    private LeadImportJobs importJobs;
    @Inject
    private it.cuffia.scripts.application.ScriptRuns scripts;

    /** notes and attributes: what the lead file said beyond the customer's data, exactly as written, in file order. */
    public record LeadJson(Long id, Long campaignId, String campaign, Long customerId, String customer, String phone,
                           String timeZone, String status, int attempts, String lastOutcome, String notes,
                           List<AttributeJson> attributes) {
        static LeadJson of(Lead l) {
            return new LeadJson(l.getId(), l.getCampaign().getId(), l.getCampaign().getName(), l.getCustomer().getId(),
                    l.getCustomer().getFullName(), l.getPhone(), l.getTimeZone(), l.getStatus().name(), l.getAttempts(),
                    l.getLastOutcome() == null ? null : l.getLastOutcome().name(), l.getNotes(),
                    l.getAttributes().stream().map(a -> new AttributeJson(a.getName(), a.getValue())).toList());
        }
    }

    public record AttributeJson(String name, String value) {
    }

    /** What the agent sees before calling: the lead, the campaign's offers, questionnaire and script. */
    public record PreviewJson(LeadJson lead, List<OfferJson> offers, List<QuestionJson> questions, ScriptJson script) {
    }

    /** The campaign's pinned script version: the first step is the start; answers and next are the links. */
    public record ScriptJson(Long versionId, String name, int number, List<StepJson> steps) {
        static ScriptJson of(it.cuffia.scripts.domain.ScriptVersion v) {
            return new ScriptJson(v.getId(), v.getScript().getName(), v.getNumber(), v.getSteps().stream().map(StepJson::of).toList());
        }
    }

    public record StepJson(String key, String kind, String title, String body, boolean mandatory, String next, String outcome,
                           Long surveyQuestionId, List<AnswerJson> answers) {
        static StepJson of(it.cuffia.scripts.domain.ScriptStep s) {
            return new StepJson(s.getKey(), s.getKind().name(), s.getTitle(), s.getBody(), s.isMandatory(), s.getNextKey(),
                    s.getOutcome(), s.getSurveyQuestionId(), s.getAnswers().stream().map(a -> new AnswerJson(a.getLabel(), a.getNextKey())).toList());
        }
    }

    public record AnswerJson(String label, String next) {
    }

    public record OfferJson(Long id, String name, java.math.BigDecimal price) {
    }

    public record QuestionJson(Long id, int position, String text, String kind, List<String> choices, boolean required) {
    }

    public static class OutcomeJson {
        private Outcome outcome;
        private String notes;
        private LocalDateTime callbackAt;
        private boolean personalCallback = true;
        private List<OutcomeReport.SaleItem> sale = new ArrayList<>();
        /** APPOINTMENT_BOOKED: the key of one of GET …/slots. */
        private String appointmentSlot;
        /** The script followed: {"versionId": …, "steps": [{"stepKey": "s1"}, {"stepKey": "s3", "answer": "Sì"}, …]}. */
        private it.cuffia.scripts.domain.ScriptPath script;

        public it.cuffia.scripts.domain.ScriptPath getScript() { return script; }
        public void setScript(it.cuffia.scripts.domain.ScriptPath script) { this.script = script; }

        public String getAppointmentSlot() { return appointmentSlot; }
        public void setAppointmentSlot(String appointmentSlot) { this.appointmentSlot = appointmentSlot; }

        /** question id (as JSON object keys are strings) → answers. */
        private Map<String, List<String>> answers = new HashMap<>();

        public List<OutcomeReport.SaleItem> getSale() { return sale; }
        public void setSale(List<OutcomeReport.SaleItem> sale) { this.sale = sale; }
        public Map<String, List<String>> getAnswers() { return answers; }
        public void setAnswers(Map<String, List<String>> answers) { this.answers = answers; }

        public Outcome getOutcome() { return outcome; }
        public void setOutcome(Outcome outcome) { this.outcome = outcome; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
        public LocalDateTime getCallbackAt() { return callbackAt; }
        public void setCallbackAt(LocalDateTime callbackAt) { this.callbackAt = callbackAt; }
        public boolean isPersonalCallback() { return personalCallback; }
        public void setPersonalCallback(boolean personalCallback) { this.personalCallback = personalCallback; }
    }

    /** The counts add up: processedRows = importedRows + mergedRows + rejectedRows + skippedRows. */
    public record ImportJson(Long id, String status, String fileName, String charset, String delimiter, Map<String, Integer> mapping,
                             Integer totalRows, int processedRows, int importedRows, int mergedRows, int rejectedRows,
                             int skippedRows, String failure) {
        static ImportJson of(LeadImport i) {
            Map<String, Integer> mapping = new java.util.LinkedHashMap<>();
            i.fieldMapping().forEach((field, column) -> mapping.put(field.name(), column + 1));
            return new ImportJson(i.getId(), i.getStatus().name(), i.getFileName(), i.getCharset(), i.getDelimiter(), mapping,
                    i.getTotalRows(), i.getProcessedRows(), i.getImportedRows(), i.getMergedRows(), i.getRejectedRows(),
                    i.getSkippedRows(), i.getFailure());
        }
    }

    /** One line of an import's report, as the report screen shows it: kind and reason in the caller's language too. */
    public record LineJson(long line, String kind, String kindText, String reasonKey, List<String> reasonArgs, String reason,
                           String record) {
    }

    /** The lead to call now: 200 with the lead, 204 when nothing may be called now. */
    @POST
    @Path("next")
    public Response next() {
        return outbound.next().map(l -> Response.ok(LeadJson.of(l)).build()).orElse(Response.noContent().build());
    }

    /** The lead the agent holds, with what the call may sell or ask. */
    @GET
    @Path("leads/{id}")
    public PreviewJson lead(@PathParam("id") Long id) {
        Lead lead = outbound.held().filter(l -> l.getId().equals(id))
                .orElseThrow(() -> new it.cuffia.shared.domain.DomainException("lead.notHeld"));
        return new PreviewJson(LeadJson.of(lead),
                lead.getCampaign().getOffers().stream().sorted(java.util.Comparator.comparing(Offer::getName))
                        .map(o -> new OfferJson(o.getId(), o.getName(), o.getPrice().amount())).toList(),
                outbound.questionsOf(lead).stream().map(q -> new QuestionJson(q.getId(), q.getPosition(), q.getText(),
                        q.getKind().name(), q.choices(), q.isRequired())).toList(),
                scripts.forCampaign(lead.getCampaign()).map(ScriptJson::of).orElse(null));
    }

    public record SlotJson(String key, Long salesUserId, String salesPerson, java.time.Instant start, java.time.Instant end) {
    }

    /** Free slots of the client's eligible sales staff for the held lead (appointment setting). */
    @GET
    @Path("leads/{id}/slots")
    public List<SlotJson> slots(@PathParam("id") Long id) {
        return outbound.slotsFor(id).stream().map(s -> new SlotJson(s.getKey(), s.salesUserId(), s.salesName(), s.start(), s.end())).toList();
    }

    @POST
    @Path("leads/{id}/dial")
    public LeadJson dial(@PathParam("id") Long id) {
        return LeadJson.of(outbound.dial(id).getLead());
    }

    @POST
    @Path("leads/{id}/answered")
    public LeadJson answered(@PathParam("id") Long id) {
        return LeadJson.of(outbound.answered(id).getLead());
    }

    @POST
    @Path("leads/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeadJson outcome(@PathParam("id") Long id, OutcomeJson body) {
        OutcomeReport report = new OutcomeReport();
        report.setOutcome(body == null ? null : body.getOutcome());
        if (body != null) {
            report.setNotes(body.getNotes());
            report.setCallbackAt(body.getCallbackAt());
            report.setPersonalCallback(body.isPersonalCallback());
            if (body.getSale() != null) report.setSaleItems(body.getSale());
            report.setAppointmentSlot(body.getAppointmentSlot());
            report.setScriptPath(body.getScript());
            if (body.getAnswers() != null) {
                body.getAnswers().forEach((question, given) -> report.getAnswers().put(questionId(question), given));
            }
        }
        return LeadJson.of(outbound.record(id, report));
    }

    private static Long questionId(String key) {
        try {
            return Long.valueOf(key.trim());
        } catch (NumberFormatException e) {
            throw new it.cuffia.shared.domain.DomainException("survey.question.unknown", key);
        }
    }

    /**
     * Uploads a lead list to a campaign, with the choices the mapping screen offers: {@code charset}
     * (e.g. windows-1252; guessed when absent), {@code delimiter} (";", ",", "|" or "tab"; guessed when
     * absent) and {@code map} entries {@code FIELD=column}, the column by its header name or 1-based
     * number, an empty column to leave a field out (the rest is mapped from the header names, Italian
     * or English). Columns mapped to no field are kept with each lead as attributes. The import runs
     * as a batch job: follow it at the returned location.
     */
    @POST
    @Path("campaigns/{id}/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@PathParam("id") Long campaignId, @HeaderParam("X-File-Name") String fileName,
                           @QueryParam("charset") String charset, @QueryParam("delimiter") String delimiter,
                           @QueryParam("map") List<String> map, byte[] content) {
        LeadFile file = LeadFile.of(content, LeadFile.charsetOf(charset), LeadFile.delimiterOf(delimiter));
        Map<String, String> asked = new java.util.LinkedHashMap<>();
        for (String entry : map == null ? List.<String>of() : map) {
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new DomainException("leads.mapping.fieldUnknown", entry);
            }
            asked.put(entry.substring(0, equals), entry.substring(equals + 1));
        }
        Long importId = imports.upload(campaignId, fileName == null ? "api.csv" : fileName, content, file.charset(),
                file.delimiter(), file.mapping(asked));
        importJobs.start(importId);
        return Response.accepted(ImportJson.of(imports.get(importId))).location(URI.create("outbound/imports/" + importId)).build();
    }

    @GET
    @Path("imports/{id}")
    public ImportJson importStatus(@PathParam("id") Long id) {
        return ImportJson.of(imports.get(id));
    }

    /** The import's report, a page of lines in line order; {@code kind}: IMPORTED, MERGED, REJECTED or SKIPPED. */
    @GET
    @Path("imports/{id}/lines")
    public CustomerResource.PageJson<LineJson> importLines(@PathParam("id") Long id, @QueryParam("kind") String kind,
                                                           @QueryParam("first") @DefaultValue("0") int first,
                                                           @QueryParam("size") @DefaultValue("50") int size,
                                                           @Context HttpHeaders headers) {
        Paging.check(first, size);
        Locale locale = ProblemMappers.locale(headers);
        Map<String, String> filters = kind == null || kind.isBlank() ? Map.of() : Map.of("kind", kind);
        Page<LeadImportIssue> page = imports.issues(id, new PageRequest(first, size, "lineNumber", true, filters));
        return new CustomerResource.PageJson<>(page.items().stream()
                .map(i -> new LineJson(i.getLineNumber(), i.getKind().name(), LeadImportReport.kind(locale, i.getKind()),
                        i.getReasonKey(), i.args(), LeadImportReport.reason(locale, i), i.getRawLine())).toList(),
                page.total(), first, size);
    }

    /** The same report as the screen's download: CSV, UTF-8 with BOM, ';', in the caller's language. */
    @GET
    @Path("imports/{id}/lines")
    @Produces("text/csv; charset=UTF-8")
    public Response importLinesCsv(@PathParam("id") Long id, @QueryParam("kind") String kind, @Context HttpHeaders headers) {
        byte[] csv = LeadImportReport.csv(imports, id, kind, ProblemMappers.locale(headers));
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"import-" + id + "-report.csv\"").build();
    }
}
