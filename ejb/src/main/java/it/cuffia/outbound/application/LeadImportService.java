package it.cuffia.outbound.application;

import it.cuffia.crm.domain.Client;
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
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.outbound.domain.LeadRow;
import it.cuffia.outbound.domain.LeadRowReader;
import it.cuffia.outbound.domain.LeadRowRejection;
import it.cuffia.outbound.domain.LeadRowResult;
import it.cuffia.outbound.domain.LeadRowSkipped;
import it.cuffia.outbound.domain.LeadConsents;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
     * and each one reported with its outcome, so the counts always add up to the records read.
     */
    public void importChunk(Long importId, List<CsvLine> lines) {
        LeadImport upload = find(importId);
        Campaign campaign = upload.getCampaign();
        Client client = campaign.getClient();
        Instant now = clock.instant();
        LeadRowReader reader = new LeadRowReader(upload.columnNames(), upload.fieldMapping(), now);
        char delimiter = upload.getDelimiter().charAt(0);
        List<LeadRowResult> results = lines.stream().map(reader::read).toList();
        Set<String> phones = results.stream().filter(LeadRow.class::isInstance).map(r -> ((LeadRow) r).phone().e164())
                .collect(Collectors.toSet());
        Map<String, Lead> inCampaign = new HashMap<>();
        Map<String, Customer> customers = new HashMap<>();
        if (!phones.isEmpty()) {
            em.createQuery("select l from Lead l where l.campaign = :c and l.phone in :p", Lead.class)
                    .setParameter("c", campaign).setParameter("p", phones).getResultList()
                    .forEach(l -> inCampaign.put(l.getPhone(), l));
            em.createQuery("select p.number, p.customer from CustomerPhone p where p.customer.client = :client and p.number in :p "
                            + "order by p.customer.id", Object[].class)
                    .setParameter("client", client).setParameter("p", phones).getResultList()
                    .forEach(row -> customers.putIfAbsent((String) row[0], (Customer) row[1]));
        }
        int imported = 0;
        int merged = 0;
        int rejected = 0;
        int skipped = 0;
        for (int i = 0; i < results.size(); i++) {
            LeadRowResult result = results.get(i);
            String raw = LeadFile.text(lines.get(i), delimiter);
            if (result instanceof LeadRowSkipped skip) {
                em.persist(new LeadImportIssue(upload, skip.lineNumber(), LeadImportIssue.Kind.SKIPPED, skip.reasonKey(), List.of(), raw));
                skipped++;
                continue;
            }
            if (result instanceof LeadRowRejection rejection) {
                em.persist(new LeadImportIssue(upload, rejection.lineNumber(), LeadImportIssue.Kind.REJECTED,
                        rejection.reasonKey(), rejection.args(), raw));
                rejected++;
                continue;
            }
            LeadRow row = (LeadRow) result;
            String phone = row.phone().e164();
            Lead twin = inCampaign.get(phone);
            if (twin != null) {
                boolean sameFile = twin.getLeadImport() != null && twin.getLeadImport().equals(upload);
                em.persist(new LeadImportIssue(upload, row.lineNumber(), LeadImportIssue.Kind.REJECTED,
                        sameFile ? "leads.row.duplicateInFile" : "leads.row.duplicateInCampaign",
                        List.of(row.phone().international(), String.valueOf(sameFile ? twin.getImportLine() : twin.getId())), raw));
                rejected++;
                continue;
            }
            if (row.firstName() == null) {
                em.persist(new LeadImportIssue(upload, row.lineNumber(), LeadImportIssue.Kind.REJECTED, "leads.row.required",
                        List.of(LeadField.FIRST_NAME.name()), raw));
                rejected++;
                continue;
            }
            Customer customer = customers.get(phone);
            boolean linked = customer != null;
            if (!linked) {
                customer = newCustomer(client, row);
                em.persist(customer);
                customers.put(phone, customer);
            }
            List<ConsentPurpose> older = recordConsents(customer, row.consents(), now, upload.getFileName());
            Lead lead = new Lead(campaign, customer, phone, row.timeZone(), row.priority(), now);
            lead.importedFrom(upload, row.lineNumber(), row.externalRef(), row.notes(), row.attributes());
            em.persist(lead);
            inCampaign.put(phone, lead);
            List<String> args = new ArrayList<>(List.of(String.valueOf(customer.getId()), customer.getFullName()));
            String key = linked ? "leads.row.linkedCustomer" : "leads.row.imported";
            if (!older.isEmpty()) {
                key += "ConsentOlder";
                args.add(older.stream().map(Enum::name).collect(Collectors.joining(", ")));
            }
            em.persist(new LeadImportIssue(upload, row.lineNumber(), linked ? LeadImportIssue.Kind.MERGED : LeadImportIssue.Kind.IMPORTED,
                    key, args, raw));
            if (linked) merged++; else imported++;
        }
        upload.progressed(lines.size(), imported, merged, rejected, skipped);
        em.flush();
        em.clear(); // a 100k-row import must not keep every entity of every chunk in memory
    }

    /**
     * Records the row's consent statements, at the file's date (or now) and from the file's source
     * (or the file). A statement older than one the customer already has is not recorded: the
     * newer one stays in force, and the purposes left out are returned for the report.
     */
    private static List<ConsentPurpose> recordConsents(Customer customer, LeadConsents consents, Instant now, String fileName) {
        Instant at = consents.statedAt() != null ? consents.statedAt() : now;
        String fromFile = "CSV " + fileName;
        String source = consents.source() != null ? consents.source()
                : fromFile.length() > LeadRowReader.MAX_CONSENT_SOURCE ? fromFile.substring(0, LeadRowReader.MAX_CONSENT_SOURCE) : fromFile;
        List<ConsentPurpose> older = new ArrayList<>();
        consents.statements().forEach((purpose, given) -> {
            if (customer.hasStatementAfter(purpose, at)) {
                older.add(purpose);
            } else if (given) {
                customer.giveConsent(purpose, at, source);
            } else {
                customer.withdrawConsent(purpose, at, source);
            }
        });
        return older;
    }

    private static Customer newCustomer(Client client, LeadRow row) {
        Customer customer = new Customer(client, row.firstName(), row.lastName());
        customer.setEmail(row.email());
        customer.getAddress().setStreet(row.street());
        customer.getAddress().setCity(row.city());
        customer.getAddress().setPostalCode(row.postcode());
        customer.getAddress().setProvince(row.province());
        customer.addPhone(row.phone());
        return customer;
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
