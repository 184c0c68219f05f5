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
}
