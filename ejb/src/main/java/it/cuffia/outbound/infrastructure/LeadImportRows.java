package it.cuffia.outbound.infrastructure;

import it.cuffia.crm.domain.Address;
import it.cuffia.crm.domain.Consent;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerPhone;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadAttribute;
import it.cuffia.outbound.domain.LeadImport;
import it.cuffia.outbound.domain.LeadImportChunk;
import it.cuffia.outbound.domain.LeadImportIssue;
import it.cuffia.shared.infrastructure.BulkInsert;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what a chunk of a lead file decided ({@link LeadImportChunk}) in one bulk insert per table:
 * the new customers, their phones and consents, the leads and their attributes, and one report line
 * per record. Each column is read from the entity the domain built, as JPA would have stored it.
 */
public final class LeadImportRows {

    private LeadImportRows() {
    }

    public static void write(BulkInsert bulk, LeadImport upload, LeadImportChunk chunk) {
        List<Object[]> customers = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> consents = new ArrayList<>();
        int phoneCount = 0;
        int consentCount = 0;
        for (LeadImportChunk.NewCustomer added : chunk.customers()) {
            phoneCount += added.customer().getPhones().size();
            consentCount += added.customer().getConsents().size();
        }
        int attributeCount = chunk.leads().stream().mapToInt(l -> l.lead().getAttributes().size()).sum();
        BulkInsert.Ids ids = bulk.ids(phoneCount + consentCount + chunk.leads().size() + chunk.issues().size());
        for (LeadImportChunk.NewCustomer added : chunk.customers()) {
            Customer c = added.customer();
            Address a = c.getAddress();
            customers.add(new Object[] {added.id(), 0L, c.getClient().getId(), c.getFirstName(), c.getLastName(), c.getEmail(),
                    a.getStreet(), a.getPostalCode(), a.getCity(), a.getProvince(), a.getCountry(), c.isActive()});
            for (CustomerPhone p : c.getPhones()) {
                phones.add(new Object[] {ids.next(), 0L, added.id(), p.getNumber(), p.getKind().name(), p.isValid()});
            }
            for (Consent k : c.getConsents()) {
                consents.add(new Object[] {ids.next(), 0L, added.id(), k.getPurpose().name(), k.isGiven(), k.getStatedAt(), k.getSource()});
            }
        }
        List<Object[]> leads = new ArrayList<>();
        List<Object[]> attributes = new ArrayList<>(attributeCount);
        for (LeadImportChunk.NewLead added : chunk.leads()) {
            Lead l = added.lead();
            long id = ids.next();
            leads.add(new Object[] {id, 0L, l.getCampaign().getId(), added.customerId(), l.getPhone(), l.getTimeZone(), l.getPriority(),
                    l.getStatus().name(), l.getAttempts(), l.getNextAttemptAt(), idOf(l.getCallbackAgent()), idOf(l.getHeldBy()),
                    l.getLeaseUntil(), l.getLastOutcome() == null ? null : l.getLastOutcome().name(), l.getLastAttemptAt(),
                    l.getExcludedReason() == null ? null : l.getExcludedReason().name(), l.getExternalRef(), upload.getId(),
                    l.getImportLine(), l.getImportedAt(), l.getNotes()});
            List<LeadAttribute> kept = l.getAttributes();
            for (int i = 0; i < kept.size(); i++) {
                attributes.add(new Object[] {id, i, kept.get(i).getName(), kept.get(i).getValue()});
            }
        }
        List<Object[]> issues = new ArrayList<>(chunk.issues().size());
        for (LeadImportIssue issue : chunk.issues()) {
            issues.add(new Object[] {ids.next(), 0L, upload.getId(), issue.getLineNumber(), issue.getKind().name(), issue.getReasonKey(),
                    issue.getReasonArgs(), issue.getRawLine()});
        }
        bulk.insert("customer", List.of("id", "version", "client_id", "first_name", "last_name", "email", "street", "postal_code", "city",
                "province", "country", "active"), customers);
        bulk.insert("customer_phone", List.of("id", "version", "customer_id", "number", "kind", "valid"), phones);
        bulk.insert("consent", List.of("id", "version", "customer_id", "purpose", "given", "stated_at", "source"), consents);
        bulk.insert("lead", List.of("id", "version", "campaign_id", "customer_id", "phone", "time_zone", "priority", "status", "attempts",
                "next_attempt_at", "callback_agent_id", "held_by_id", "lease_until", "last_outcome", "last_attempt_at", "excluded_reason",
                "external_ref", "import_id", "import_line", "imported_at", "notes"), leads);
        bulk.insert("lead_attribute", List.of("lead_id", "attr_index", "attr_name", "attr_value"), attributes);
        bulk.insert("lead_import_issue", List.of("id", "version", "import_id", "line_number", "kind", "reason_key", "reason_args",
                "raw_line"), issues);
    }

    private static Long idOf(AppUser user) {
        return user == null ? null : user.getId();
    }
}
