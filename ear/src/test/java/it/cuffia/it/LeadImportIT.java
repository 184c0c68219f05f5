package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.outbound.application.DialingQueue;
import it.cuffia.outbound.application.LeadImportService;
import it.cuffia.outbound.domain.CsvLine;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.LeadAttribute;
import it.cuffia.outbound.domain.LeadImport;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lead file loses nothing (issue 13): fed to the import in chunks as the job does, every record
 * is accounted for, and notes, other columns and consents reach the database exactly as written.
 */
@ExtendWith(ArquillianExtension.class)
class LeadImportIT {

    private static final String NOTES = "Dice: \"richiamare; dopo le 18\"\r\nscala B, 2° piano  ";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    QueueFixtures fixtures;

    @Inject
    LeadImportService imports;

    @Inject
    DialingQueue queue;

    @Resource
    UserTransaction transaction;

    @Test
    void everyRecordIsAccountedForAndNotesColumnsAndConsentsAreKeptAsWritten() {
        String csv = "Nome;Cognome;Telefono;Note;Codice fiscale;Consenso marketing;Data consenso;Fonte consenso\r\n"
                + "Mario;Rossi;347 557 0001;\"Dice: \"\"richiamare; dopo le 18\"\"\r\nscala B, 2° piano  \";RSSMRA80A01H501U;sì;15/01/2026;modulo web\r\n"
                + "\r\n"                                                     // 4 blank
                + "Anna;Bianchi;347 557 0002;;;no;;;in più\r\n"              // 5 one field too many
                + "Luca;Verdi;347 557 0003\r\n"                              // 6 too few
                + "Ugo;Neri;347 557 0004;=1+1;;;;\r\n"                       // 7 imported, a note that looks like a formula
                + ";;;;;;;\r\n"                                              // 8 a spreadsheet's padding
                + "Rita;Blu;347 557 0005;;;;01/02/2026;fiera\r\n"            // 9 a consent date of no consent
                + "Pia;Gialli;347 557 0006;;;sì;01/01/2027;\r\n";            // 10 a consent in the future (the suite lives in March 2026)
        QueueFixtures.Setup setup = fixtures.campaign(1, 0);
        Long id = fixtures.leadImport(setup.campaignId(), "contatti.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());

        imports.started(id, 0);
        List<CsvLine> records;
        try (Stream<CsvLine> rows = imports.fileOf(id).rows()) {
            records = rows.toList();
        }
        for (int first = 0; first < records.size(); first += 3) { // chunks as the job writes them, each its own transaction
            imports.importChunk(id, records.subList(first, Math.min(first + 3, records.size())));
        }
        imports.finished(id);

        LeadImport upload = fixtures.upload(id);
        assertEquals(8, upload.getTotalRows());
        assertEquals(8, upload.getProcessedRows());
        assertEquals(List.of(2, 0, 4, 2), List.of(upload.getImportedRows(), upload.getMergedRows(), upload.getRejectedRows(),
                upload.getSkippedRows()));
        assertEquals(List.of("2 IMPORTED leads.row.imported", "4 SKIPPED leads.row.blank", "5 REJECTED leads.row.fieldsMore",
                "6 REJECTED leads.row.fieldsFewer", "7 IMPORTED leads.row.imported", "8 SKIPPED leads.row.blank",
                "9 REJECTED leads.row.consentUnstated", "10 REJECTED leads.row.consentDateFuture"), fixtures.report(id));

        List<QueueFixtures.ImportedLead> leads = fixtures.importedLeads(id);
        assertEquals(2, leads.size());
        QueueFixtures.ImportedLead mario = leads.get(0);
        assertEquals(NOTES, mario.notes(), "byte for byte: quotes, ';', CRLF and trailing spaces");
        assertEquals(List.of(new LeadAttribute("Codice fiscale", "RSSMRA80A01H501U")), mario.attributes());
        assertEquals(List.of("MARKETING true 2026-01-14T23:00:00Z modulo web"), mario.consents());
        QueueFixtures.ImportedLead ugo = leads.get(1);
        assertEquals(7, ugo.line());
        assertEquals("=1+1", ugo.notes());
        assertEquals(List.of(), ugo.attributes());
        assertEquals(List.of(), ugo.consents(), "no consent column said anything: nothing is presumed");
    }

    /**
     * A chunk's rows are written in bulk inside the chunk's transaction: a chunk that fails leaves no row (so the job,
     * restarted from its last checkpoint, writes it once), and the leads it writes are taken by the dialing queue like
     * any other, in line order.
     */
    @Test
    void aRolledBackChunkLeavesNoRowAndTheImportedLeadsGoToTheQueueInLineOrder() throws Exception {
        String csv = "Nome;Cognome;Telefono\r\n"
                + "Mario;Rossi;347 558 0001\r\n"
                + "Anna;Verdi;347 558 0002\r\n"
                + "Anna;Verdi;+39 347 558 0002\r\n";                       // 4 the number of line 3 again
        QueueFixtures.Setup setup = fixtures.campaign(1, 0);
        Long id = fixtures.leadImport(setup.campaignId(), "coda.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
        imports.started(id, 0);
        List<CsvLine> records;
        try (Stream<CsvLine> rows = imports.fileOf(id).rows()) {
            records = rows.toList();
        }

        transaction.begin();
        imports.importChunk(id, records);
        transaction.rollback();
        assertEquals(List.of(), fixtures.report(id));
        assertEquals(List.of(), fixtures.importedLeads(id));
        assertEquals(0, fixtures.upload(id).getProcessedRows());

        imports.importChunk(id, records);
        assertEquals(List.of("2 IMPORTED leads.row.imported", "3 IMPORTED leads.row.imported", "4 REJECTED leads.row.duplicateInFile"),
                fixtures.report(id));
        Lead first = queue.nextLeadFor(setup.agentIds().get(0)).orElseThrow();
        assertEquals(id, first.getLeadImport().getId());
        assertEquals(2L, first.getImportLine());
        assertEquals("+393475580001", first.getPhone());
    }
}
