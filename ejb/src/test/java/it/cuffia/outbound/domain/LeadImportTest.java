package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadImportTest {

    private static final byte[] CONTENT = "Cognome;Telefono;;Note\nRossi;3471234567;x;y\n".getBytes(StandardCharsets.UTF_8);
    private static final LeadFile FILE = LeadFile.of(CONTENT, null, null);

    @Test
    void theHeaderIsKeptSoChunksNeedNotReadTheFile() {
        LeadImport upload = upload(FILE.guessMapping());

        assertEquals(List.of("Cognome", "Telefono", "", "Note"), upload.columnNames());
        assertEquals(Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 1, LeadField.NOTES, 3), upload.fieldMapping());
    }

    @Test
    void everyRecordOfAChunkIsCountedOnceAndTheCountsAddUp() {
        LeadImport upload = upload(FILE.guessMapping());

        upload.progressed(5, 2, 1, 1, 1);
        upload.progressed(1, 0, 0, 0, 1);

        assertEquals(List.of(6, 2, 1, 1, 2), List.of(upload.getProcessedRows(), upload.getImportedRows(), upload.getMergedRows(),
                upload.getRejectedRows(), upload.getSkippedRows()));
        assertThrows(IllegalStateException.class, () -> upload.progressed(3, 1, 0, 1, 0));
    }

    @Test
    void aMappingToAColumnTheFileHasNotIsRefusedBeforeAnythingIsStored() {
        DomainException refused = assertThrows(DomainException.class,
                () -> upload(Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 4)));

        assertEquals("leads.mapping.columnUnknown", refused.getMessageKey());
    }

    @Test
    void aFileNameLongerThanItsColumnIsRefusedNotCut() {
        Map<LeadField, Integer> mapping = Map.of(LeadField.LAST_NAME, 0, LeadField.PHONE, 1);
        String name = "c".repeat(197) + ".csv";

        DomainException refused = assertThrows(DomainException.class,
                () -> new LeadImport(null, name, CONTENT, FILE, mapping, "admin", Instant.parse("2026-03-10T09:00:00Z")));

        assertEquals("text.tooLong", refused.getMessageKey());
    }

    private static LeadImport upload(Map<LeadField, Integer> mapping) {
        return new LeadImport(null, "contatti.csv", CONTENT, FILE, mapping, "admin", Instant.parse("2026-03-10T09:00:00Z"));
    }
}
