package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.shared.domain.Text;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A client's own words written in both languages (a disposition) are read in the reader's, Italian where English is missing. */
class BilingualTextTest {

    @Test
    void theEnglishWordsForEnglishReadersTheItalianOtherwise() {
        Text disposition = Text.literal("Risolto al primo contatto", "Solved on first contact");
        assertEquals("Solved on first contact", Messages.text(Locale.ENGLISH, disposition));
        assertEquals("Risolto al primo contatto", Messages.text(Locale.ITALIAN, disposition));
        assertEquals("Reclamo registrato", Messages.text(Locale.ENGLISH, Text.literal("Reclamo registrato", " ")));
        assertEquals("Risolto · nota", Messages.text(Locale.ENGLISH, Text.of("timeline.joined", Text.literal("Risolto", null), "nota")));
    }

    @Test
    void datesInMessagesAreWrittenAsTheScreensWriteThemNeverTheAmbiguousShortForm() {
        java.time.LocalDate from = java.time.LocalDate.of(2026, 12, 2);
        java.time.LocalDate to = java.time.LocalDate.of(2027, 2, 9);
        assertEquals("The callback must fall within the campaign's period, Dec 2, 2026 to Feb 9, 2027.",
                Messages.text(Locale.ENGLISH, "lead.callback.outsidePeriod", from, to));
        assertEquals("La richiamata deve cadere nel periodo della campagna, dal 02/12/2026 al 09/02/2027.",
                Messages.text(Locale.ITALIAN, "lead.callback.outsidePeriod", from, to));
    }
}
