package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.NotFoundException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The 404 page names what was not found in the reader's language, and a word the bundle lacks as it is. */
class NotFoundTextTest {

    @Test
    void aKnownKindIsSaidInTheReadersLanguage() {
        NotFoundException missing = new NotFoundException("statement", 999);
        assertEquals("Elemento non trovato (cedolino 999).", Messages.text(Locale.ITALIAN, missing.getMessageKey(), missing.getArguments()));
        assertEquals("Not found (pay statement 999).", Messages.text(Locale.ENGLISH, missing.getMessageKey(), missing.getArguments()));
    }

    @Test
    void anUnknownKindIsShownAsTheProgramNamesItNeverAsAMissingKey() {
        NotFoundException missing = new NotFoundException("gadget", "x");
        String said = Messages.text(Locale.ITALIAN, missing.getMessageKey(), missing.getArguments());
        assertEquals("Elemento non trovato (gadget x).", said);
        assertFalse(said.contains("???"));
    }

    @Test
    void datesOutsideTheSuitesYearsAreImplausible() {
        assertFalse(PlausibleDateValidator.plausible(1320));
        assertFalse(PlausibleDateValidator.plausible(2200));
        assertTrue(PlausibleDateValidator.plausible(1900));
        assertTrue(PlausibleDateValidator.plausible(2027));
    }
}
