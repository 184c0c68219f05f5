package it.cuffia.outbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpoResultFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);


    @Test
    void readsNumbersDatesAndOutcomesAndReportsBadRowsByLine() {
        String csv = "numero;data verifica;esito\n"
                + "347 123 4567;09/03/2026;non iscritto\n"
                + "+39 02 1234 5678;2026-03-09;ISCRITTO\n"
                + "12345;09/03/2026;iscritto\n"
                + "3471234568;31/02/2026;iscritto\n"
                + "3471234569;09/03/2026;forse\n";
        RpoResultFile file = RpoResultFile.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);
        assertEquals(Map.of("+393471234567", false, "+390212345678", true), file.answersByDay().get(LocalDate.of(2026, 3, 9)));
        assertEquals(3, file.rejected().size());
        assertEquals(new RpoResultFile.Rejection(4, "rpo.row.phone", "12345"), file.rejected().get(0));
        assertEquals("rpo.row.date", file.rejected().get(1).reasonKey());
        assertEquals(6, file.rejected().get(2).lineNumber());
    }

    @Test
    void aCheckDatedInTheFutureIsRefusedByLine() {
        String csv = "3471234567;10/03/2026;non iscritto\n"
                + "3471234568;11/03/2026;non iscritto\n"
                + "3471234569;9999-12-31;non iscritto\n";
        RpoResultFile file = RpoResultFile.read(csv.getBytes(StandardCharsets.UTF_8), TODAY);
        assertEquals(Map.of(LocalDate.of(2026, 3, 10), Map.of("+393471234567", false)), file.answersByDay());
        assertEquals(new RpoResultFile.Rejection(2, "rpo.row.future", "11/03/2026"), file.rejected().get(0));
        assertEquals(new RpoResultFile.Rejection(3, "rpo.row.future", "9999-12-31"), file.rejected().get(1));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThrows(DomainException.class, () -> RpoResultFile.read(new byte[0], TODAY));
    }
}
