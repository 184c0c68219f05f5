package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.shared.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
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

    @Test
    void oneIsSaidInTheSingular() {
        assertEquals("Un contatto non ha il consenso richiesto (marketing): sarà escluso alla prima chiamata (senza consenso).",
                Messages.text(Locale.ITALIAN, "campaign.consent.missing", 1L, "marketing"));
        assertEquals("2 leads lack the required consent (marketing): they will be set aside at the first call (no consent).",
                Messages.text(Locale.ENGLISH, "campaign.consent.missing", 2L, "marketing"));
        assertEquals("Un esito registrato, nessuna riga scartata.", Messages.text(Locale.ITALIAN, "rpo.imported", 1, 0));
        assertEquals("La domanda ha già una risposta e non si può togliere.", Messages.text(Locale.ITALIAN, "survey.question.answered", 1L));
        assertEquals("info@x.it: 1,200 messages read, one new ticket, none added to existing tickets, 2 already received, none unreadable.",
                Messages.text(Locale.ENGLISH, "mailbox.fetch.done", "info@x.it", 1200, 1, 0, 2, 0));
    }

    /** A message with nothing to fill in is shown as written: a doubled apostrophe (MessageFormat's quoting) shows doubled. */
    @Test
    void aMessageWithNothingToFillInHasNoDoubledApostrophe() throws IOException {
        for (String bundle : new String[] {"messages_it.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = BilingualTextTest.class.getResourceAsStream("/it/cuffia/web/" + bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> doubled = texts.stringPropertyNames().stream()
                    .filter(key -> !texts.getProperty(key).contains("{") && texts.getProperty(key).contains("''")).sorted().toList();
            assertEquals(List.of(), doubled, bundle);
        }
    }
}
