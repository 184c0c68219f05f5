package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * What one chunk of a lead file does, decided in memory from what the database already holds for
 * the chunk's numbers (one query each, never one per row): every record gets its outcome, new
 * customers and their leads are built by the entities' own constructors and rules, and the caller
 * writes them in bulk. The outcome of a record is the same as if the records were persisted one by
 * one in file order: a number already in the campaign (from an earlier chunk, an earlier file, or an
 * earlier line of this chunk) is a duplicate; a number the client already has links that customer.
 */
public final class LeadImportChunk {

    /** A lead of the campaign that already has a number: its id, and the import and line it came from (null when typed in). */
    public record Twin(long leadId, Long importId, Long importLine) {
    }

    /** A new customer to insert, with the id it was given (its phone and consents are in the entity). */
    public record NewCustomer(long id, Customer customer) {
    }

    /** A lead to insert, for a customer that is new ({@code customerId} from {@link NewCustomer}) or linked. */
    public record NewLead(long customerId, Lead lead) {
    }

    private final List<LeadImportIssue> issues = new ArrayList<>();
    private final List<NewCustomer> customers = new ArrayList<>();
    private final List<NewLead> leads = new ArrayList<>();
    private int imported;
    private int merged;
    private int rejected;
    private int skipped;

    private LeadImportChunk() {
    }

    /**
     * @param upload        the import the records come from (its campaign, file name and delimiter)
     * @param lines         the chunk's records, in file order
     * @param results       what {@link LeadRowReader} made of each record, same order
     * @param twins         the campaign's leads with a number of the chunk, by E.164
     * @param known         the client's customers with a number of the chunk (the oldest per number), by E.164,
     *                      with their consents loaded
     * @param newCustomerId the id of the next new customer
     */
    public static LeadImportChunk decide(LeadImport upload, List<CsvLine> lines, List<LeadRowResult> results,
                                         Map<String, Twin> twins, Map<String, Customer> known, LongSupplier newCustomerId,
                                         Instant now) {
        if (lines.size() != results.size()) {
            throw new IllegalArgumentException("one result per record: " + lines.size() + " != " + results.size());
        }
        LeadImportChunk chunk = new LeadImportChunk();
        Campaign campaign = upload.getCampaign();
        Client client = campaign.getClient();
        char delimiter = upload.getDelimiter().charAt(0);
        Map<String, Twin> inCampaign = new HashMap<>(twins);
        for (int i = 0; i < results.size(); i++) {
            LeadRowResult result = results.get(i);
            String raw = LeadFile.text(lines.get(i), delimiter);
            if (result instanceof LeadRowSkipped skip) {
                chunk.issues.add(new LeadImportIssue(upload, skip.lineNumber(), LeadImportIssue.Kind.SKIPPED, skip.reasonKey(), List.of(), raw));
                chunk.skipped++;
                continue;
            }
            if (result instanceof LeadRowRejection rejection) {
                chunk.reject(upload, rejection.lineNumber(), rejection.reasonKey(), rejection.args(), raw);
                continue;
            }
            LeadRow row = (LeadRow) result;
            String phone = row.phone().e164();
            Twin twin = inCampaign.get(phone);
            if (twin != null) {
                boolean sameFile = upload.getId() != null && upload.getId().equals(twin.importId());
                chunk.reject(upload, row.lineNumber(), sameFile ? "leads.row.duplicateInFile" : "leads.row.duplicateInCampaign",
                        List.of(row.phone().international(), String.valueOf(sameFile ? twin.importLine() : twin.leadId())), raw);
                continue;
            }
            if (row.firstName() == null) {
                chunk.reject(upload, row.lineNumber(), "leads.row.required", List.of(LeadField.FIRST_NAME.name()), raw);
                continue;
            }
            Customer customer = known.get(phone);
            boolean linked = customer != null;
            long customerId;
            if (linked) {
                customerId = customer.getId();
            } else {
                customer = newCustomer(client, row);
                customerId = newCustomerId.getAsLong();
                chunk.customers.add(new NewCustomer(customerId, customer));
            }
            // a linked customer is managed: a statement added here is stored with it
            List<ConsentPurpose> older = recordConsents(customer, row.consents(), now, upload.getFileName());
            Lead lead = new Lead(campaign, customer, phone, row.timeZone(), row.priority(), now);
            lead.importedFrom(upload, row.lineNumber(), row.externalRef(), row.notes(), row.attributes());
            chunk.leads.add(new NewLead(customerId, lead));
            inCampaign.put(phone, new Twin(-1, upload.getId(), row.lineNumber()));
            List<String> args = new ArrayList<>(List.of(String.valueOf(customerId), customer.getFullName()));
            String key = linked ? "leads.row.linkedCustomer" : "leads.row.imported";
            if (!older.isEmpty()) {
                key += "ConsentOlder";
                args.add(older.stream().map(Enum::name).collect(Collectors.joining(", ")));
            }
            chunk.issues.add(new LeadImportIssue(upload, row.lineNumber(),
                    linked ? LeadImportIssue.Kind.MERGED : LeadImportIssue.Kind.IMPORTED, key, args, raw));
            if (linked) chunk.merged++; else chunk.imported++;
        }
        return chunk;
    }

    private void reject(LeadImport upload, long line, String key, List<String> args, String raw) {
        issues.add(new LeadImportIssue(upload, line, LeadImportIssue.Kind.REJECTED, key, args, raw));
        rejected++;
    }

    /**
     * Records the row's consent statements, at the file's date (or now) and from the file's source
     * (or the file). A statement older than one the customer already has is not recorded: the
     * newer one stays in force, and the purposes left out are returned for the report.
     */
    static List<ConsentPurpose> recordConsents(Customer customer, LeadConsents consents, Instant now, String fileName) {
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

    /** One per record, in file order. */
    public List<LeadImportIssue> issues() {
        return issues;
    }

    public List<NewCustomer> customers() {
        return customers;
    }

    public List<NewLead> leads() {
        return leads;
    }

    public int imported() { return imported; }
    public int merged() { return merged; }
    public int rejected() { return rejected; }
    public int skipped() { return skipped; }
}
