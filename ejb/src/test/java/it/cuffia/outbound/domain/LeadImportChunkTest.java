package it.cuffia.outbound.domain;

import static it.cuffia.shared.domain.EntityIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A chunk of a lead file decided in memory: the same outcome per record as persisting them one by one in file order. */
class LeadImportChunkTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final long IMPORT = 700;

    @Test
    void eachRecordGetsItsOutcomeAndNewCustomersAndLeadsAreBuiltByTheEntities() {
        String csv = "Nome;Cognome;Telefono;Consenso marketing;Codice\n"
                + "Anna;Verdi;347 555 0101;sì;A1\n"            // 2 new
                + "Bruno;Neri;12345;sì;\n"                     // 3 invalid number
                + "Carla;Blu;+39 347 555 0101;no;\n"           // 4 same number as line 2
                + ";Rosa;347 555 0104;;\n"                     // 5 no first name
                + "Elena;Viola;347 555 0177;no;\n"             // 6 a customer the client has, with a newer statement
                + "Gino;Forlì;347 555 0188;;\n"                // 7 already a lead of this import (an earlier chunk)
                + "Ivo;Grigi;347 555 0199;;\n"                 // 8 already a lead of the campaign, from elsewhere
                + ";;;;\n";                                    // 9 blank
        LeadImport upload = upload(csv);
        Customer elena = withId(new Customer(upload.getCampaign().getClient(), "Elena", "Viola"), 42L);
        elena.addPhone(PhoneNumber.parse("+393475550177"));
        elena.giveConsent(ConsentPurpose.MARKETING, Instant.parse("2026-03-10T09:30:00Z"), "telefonata");
        Map<String, LeadImportChunk.Twin> twins = Map.of(
                "+393475550188", new LeadImportChunk.Twin(900, IMPORT, 3L),
                "+393475550199", new LeadImportChunk.Twin(901, null, null));
        AtomicLong ids = new AtomicLong(5000);

        LeadImportChunk chunk = decide(upload, twins, Map.of("+393475550177", elena), ids);

        assertEquals(List.of(
                        "2 IMPORTED leads.row.imported [5000, Anna Verdi]",
                        "3 REJECTED leads.row.phoneInvalid [12345]",
                        "4 REJECTED leads.row.duplicateInFile [+39 347 555 0101, 2]",
                        "5 REJECTED leads.row.required [FIRST_NAME]",
                        "6 MERGED leads.row.linkedCustomerConsentOlder [42, Elena Viola, MARKETING]",
                        "7 REJECTED leads.row.duplicateInFile [+39 347 555 0188, 3]",
                        "8 REJECTED leads.row.duplicateInCampaign [+39 347 555 0199, 901]",
                        "9 SKIPPED leads.row.blank []"),
                chunk.issues().stream().map(i -> i.getLineNumber() + " " + i.getKind() + " " + i.getReasonKey() + " " + i.args()).toList());
        assertEquals(List.of(1, 1, 5, 1), List.of(chunk.imported(), chunk.merged(), chunk.rejected(), chunk.skipped()));
        assertEquals("Anna;Verdi;347 555 0101;sì;A1", chunk.issues().get(0).getRawLine());

        assertEquals(1, chunk.customers().size());
        Customer anna = chunk.customers().get(0).customer();
        assertEquals(5000, chunk.customers().get(0).id());
        assertEquals(List.of("+393475550101"), anna.getPhones().stream().map(p -> p.getNumber()).toList());
        assertEquals(List.of("MARKETING true " + NOW + " CSV contatti.csv"), anna.getConsents().stream()
                .map(k -> k.getPurpose() + " " + k.isGiven() + " " + k.getStatedAt() + " " + k.getSource()).toList());

        assertEquals(List.of(5000L, 42L), chunk.leads().stream().map(LeadImportChunk.NewLead::customerId).toList());
        Lead first = chunk.leads().get(0).lead();
        assertEquals("+393475550101", first.getPhone());
        assertEquals(LeadStatus.NEW, first.getStatus());
        assertEquals(NOW, first.getImportedAt());
        assertEquals(NOW, first.getNextAttemptAt(), "due from its import, as the queue takes new leads");
        assertEquals(2L, first.getImportLine());
        assertSame(upload, first.getLeadImport());
        assertEquals(List.of(new LeadAttribute("Codice", "A1")), first.getAttributes());
        assertEquals(1, elena.getConsents().size(), "the older 'no' of the file is not recorded over the newer 'yes'");
        assertNull(chunk.leads().get(1).lead().getExternalRef());
    }

    @Test
    void aCustomerIdIsTakenOnlyForACustomerThatIsMade() {
        LeadImport upload = upload("Nome;Cognome;Telefono\nAnna;Verdi;347 555 0101\nAnna;Verdi;347 555 0101\n;Rosa;347 555 0104\n");
        AtomicLong ids = new AtomicLong(10);

        LeadImportChunk chunk = decide(upload, Map.of(), Map.of(), ids);

        assertEquals(11, ids.get());
        assertEquals(List.of(1, 0, 2, 0), List.of(chunk.imported(), chunk.merged(), chunk.rejected(), chunk.skipped()));
    }

    private static LeadImportChunk decide(LeadImport upload, Map<String, LeadImportChunk.Twin> twins, Map<String, Customer> known,
                                          AtomicLong ids) {
        LeadRowReader reader = new LeadRowReader(upload.columnNames(), upload.fieldMapping(), NOW);
        List<CsvLine> lines;
        try (Stream<CsvLine> rows = upload.file().rows()) {
            lines = rows.toList();
        }
        return LeadImportChunk.decide(upload, lines, lines.stream().map(reader::read).toList(), twins, known,
                ids::getAndIncrement, NOW);
    }

    private static LeadImport upload(String csv) {
        byte[] content = csv.getBytes(StandardCharsets.UTF_8);
        LeadFile file = LeadFile.of(content, null, null);
        Campaign campaign = OutboundFixtures.campaign(CampaignType.TELEMARKETING);
        return withId(new LeadImport(campaign, "contatti.csv", content, file, file.guessMapping(), "admin", NOW), IMPORT);
    }
}
