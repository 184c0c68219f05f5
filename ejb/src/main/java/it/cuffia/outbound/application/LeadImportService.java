package it.cuffia.outbound.application;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CsvLine;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadField;
import it.cuffia.outbound.domain.LeadFile;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadImportChunk;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.outbound.domain.LeadRow;
import it.cuffia.outbound.domain.LeadRowReader;
import it.cuffia.outbound.domain.LeadRowResult;
import it.cuffia.outbound.infrastructure.LeadImportRows;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.BulkInsert;
import it.cuffia.shared.infrastructure.LiveChanges;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.TransactionConnection;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lead lists: the admin previews and maps a CSV, uploads it, and the import job (batch module)
 * feeds it here chunk by chunk. Each chunk is one transaction with the job's checkpoint, so a
 * restarted job neither loses nor doubles a row.
 */
@Stateless
public class LeadImportService {

    /** Rows shown in the mapping preview. */
    public static final int PREVIEW_ROWS = 5;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    @Inject
    private Validator validator;

    /** The first records with something in them, to show beside the mapping. */
    public record Preview(String charset, char delimiter, List<String> headers, Map<LeadField, Integer> mapping, List<CsvLine> sample) {
        public String getCharset() { return charset; }
        public List<String> getHeaders() { return headers; }
        public List<CsvLine> getSample() { return sample; }
    }

    public Preview preview(byte[] content, Charset charset, Character delimiter) {
        admin();
        LeadFile file = LeadFile.of(content, charset, delimiter);
        try (Stream<CsvLine> rows = file.rows()) {
            return new Preview(file.charset().name(), file.delimiter(), file.headers(), file.guessMapping(),
                    rows.filter(line -> !line.blank()).limit(PREVIEW_ROWS).toList());
        }
    }

    /** Stores the file and its mapping; the import job is started once this transaction has committed. */
    public Long upload(Long campaignId, String fileName, byte[] content, Charset charset, Character delimiter,
                       Map<LeadField, Integer> mapping) {
        Caller caller = admin();
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !caller.scope().allows(campaign.getClient().getId())) {
            throw new NotFoundException("campaign", campaignId);
        }
        if (!campaign.isEditable()) {
            throw new DomainException("campaign.closed");
        }
        LeadFile file = LeadFile.of(content, charset, delimiter);
        LeadImport upload = new LeadImport(campaign, fileName, content, file, mapping, caller.username(), clock.instant());
        em.persist(upload);
        return upload.getId();
    }

    // --- called by the import job (no user: it runs on the batch runtime's threads) ---------------

    public LeadImport find(Long importId) {
        return java.util.Optional.ofNullable(em.find(LeadImport.class, importId))
                .orElseThrow(() -> new NotFoundException("leadImport", importId));
    }

    /** The stored file, read inside a transaction (its bytes are loaded lazily). */
    public LeadFile fileOf(Long importId) {
        return find(importId).file();
    }

    public void started(Long importId, long execution) {
        LeadImport upload = find(importId);
        long rows;
        try (Stream<CsvLine> lines = upload.file().rows()) {
            rows = lines.count();
        }
        upload.started(execution, (int) rows);
    }

    /**
     * One chunk of records: validated, de-duplicated, linked to existing customers or creating them,
     * and each one reported with its outcome, so the counts always add up to the records read. What
     * the database holds for the chunk's numbers is read with one query each; new customers, their
     * phones and consents, the leads, their attributes and the report are written in bulk (COPY on
     * PostgreSQL), in the chunk's transaction.
     */
    public void importChunk(Long importId, List<CsvLine> lines) {
        LeadImport upload = find(importId);
        Campaign campaign = upload.getCampaign();
        Instant now = clock.instant();
        LeadRowReader reader = new LeadRowReader(upload.columnNames(), upload.fieldMapping(), now);
        List<LeadRowResult> results = lines.stream().map(reader::read).toList();
        Set<String> phones = results.stream().filter(LeadRow.class::isInstance).map(r -> ((LeadRow) r).phone().e164())
                .collect(Collectors.toSet());
        Map<String, LeadImportChunk.Twin> twins = new HashMap<>();
        Map<String, Customer> known = new HashMap<>();
        if (!phones.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Lead.TWINS, Object[].class)
                    .setParameter("campaign", campaign).setParameter("phones", phones).getResultList()) {
                twins.put((String) row[0], new LeadImportChunk.Twin((Long) row[1], (Long) row[2], (Long) row[3]));
            }
            Map<String, Long> owners = new HashMap<>();
            em.createNamedQuery(Customer.BY_PHONES, Object[].class)
                    .setParameter("client", campaign.getClient()).setParameter("phones", phones).getResultList()
                    .forEach(row -> owners.putIfAbsent((String) row[0], (Long) row[1]));
            if (!owners.isEmpty()) {
                Map<Long, Customer> byId = new HashMap<>();
                em.createNamedQuery(Customer.WITH_CONSENTS, Customer.class).setParameter("ids", Set.copyOf(owners.values()))
                        .getResultList().forEach(c -> byId.put(c.getId(), c));
                owners.forEach((phone, id) -> known.put(phone, byId.get(id)));
            }
        }
        BulkInsert bulk = BulkInsert.on(TransactionConnection.of(em));
        int newCustomers = (int) results.stream().filter(LeadRow.class::isInstance).count();
        BulkInsert.Ids customerIds = bulk.ids(newCustomers);
        LeadImportChunk chunk = LeadImportChunk.decide(upload, lines, results, twins, known, customerIds::next, now);
        for (LeadImportChunk.NewCustomer added : chunk.customers()) { // as JPA validates an entity it persists
            Set<ConstraintViolation<Customer>> violations = validator.validate(added.customer());
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        LeadImportRows.write(bulk, upload, chunk);
        if (!chunk.leads().isEmpty()) {
            LiveChanges.changed(new CampaignsChanged()); // what the Lead entity listener says when JPA writes leads
        }
        upload.progressed(lines.size(), chunk.imported(), chunk.merged(), chunk.rejected(), chunk.skipped());
        em.flush(); // the counters, and the consents of linked customers
        em.clear(); // a 100k-row import must not keep every entity of every chunk in memory
    }

    public void finished(Long importId) {
        find(importId).finished(clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(Long importId, String reason) {
        find(importId).failed(reason, clock.instant());
    }

    // --- for the admin ---------------------------------------------------------------------------

    public List<LeadImport> importsOf(Long campaignId) {
        Caller caller = admin();
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !caller.scope().allows(campaign.getClient().getId())) {
            throw new NotFoundException("campaign", campaignId);
        }
        return em.createQuery("select i from LeadImport i where i.campaign = :c order by i.uploadedAt desc, i.id desc", LeadImport.class)
                .setParameter("c", campaign).setMaxResults(50).getResultList();
    }

    public LeadImport get(Long importId) {
        Caller caller = admin();
        LeadImport upload = find(importId);
        if (!caller.scope().allows(upload.getCampaign().getClient().getId())) {
            throw new NotFoundException("leadImport", importId);
        }
        return upload;
    }

    /** The import's leads whose customer has not the consent the campaign requires in force (0 when it requires none). */
    public long leadsWithoutConsent(Long importId) {
        LeadImport upload = get(importId);
        ConsentPurpose required = upload.getCampaign().getConsentPurpose();
        if (required == null) {
            return 0;
        }
        Object count = em.createNativeQuery("select count(*) from lead l where l.import_id = ?1 and not "
                        + Customer.HAS_CONSENT_SQL.formatted("l.customer_id", "?2"))
                .setParameter(1, upload.getId()).setParameter(2, required.name())
                .getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The report: every record with its line number, outcome and reason, in line order; filter
     * {@code kind} by a {@link LeadImportIssue.Kind} name.
     */
    public Page<LeadImportIssue> issues(Long importId, PageRequest request) {
        LeadImport upload = get(importId);
        return PagedQuery.of(em, LeadImportIssue.class)
                .field("lineNumber", "lineNumber")
                .field("kind", "kind")
                .field("reasonKey", "reasonKey")
                .where((cb, root) -> cb.equal(root.get("leadImport"), upload))
                .orderBy("lineNumber")
                .run(request);
    }

    private Caller admin() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN);
        return caller;
    }
}
