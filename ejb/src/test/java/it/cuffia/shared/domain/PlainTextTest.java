package it.cuffia.shared.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Where a text enters the domain: one visible line or free text, and never longer than its column. */
class PlainTextTest {

    @Test
    void aLineFitsItsLengthAndALongerOneNamesTheFieldTheLimitAndItsLength() {
        assertEquals("a".repeat(200), PlainText.line("a".repeat(200), "attachment.name", 200));

        DomainException refused = assertThrows(DomainException.class, () -> PlainText.line("a".repeat(201), "attachment.name", 200));

        assertEquals("text.tooLong", refused.getMessageKey());
        assertArrayEquals(new Object[] {Text.of("attachment.name"), 200, 201}, refused.getArguments());
    }

    @Test
    void aLineWithNulIsRefusedBeforeItsLengthIsCounted() {
        DomainException refused = assertThrows(DomainException.class, () -> PlainText.line("Rossi\0", "customer.lastName", 80));

        assertEquals("text.invisibleCharacters", refused.getMessageKey());
        assertArrayEquals(new Object[] {Text.of("customer.lastName")}, refused.getArguments());
    }

    @Test
    void freeTextKeepsLineBreaksAndTabsAndRefusesNulAndDirectionOverrides() {
        String note = "Richiamare domani\r\n\tdopo le 15 ✅ — grazie";
        assertEquals(note, PlainText.text(note, "ticket.notes", 4000));
        assertNull(PlainText.text(null, "ticket.notes", 4000));

        for (String hidden : new String[] {"nota\0", "nota\u001B[31m", "fattura \u202Efdp.exe", "nota\u2066"}) {
            DomainException refused = assertThrows(DomainException.class, () -> PlainText.text(hidden, "ticket.notes", 4000), hidden);
            assertEquals("text.controlCharacters", refused.getMessageKey());
            assertArrayEquals(new Object[] {Text.of("ticket.notes")}, refused.getArguments());
        }
    }

    @Test
    void aHundredThousandCharacterNoteIsRefusedWithItsLength() {
        DomainException refused = assertThrows(DomainException.class, () -> PlainText.text("x".repeat(100_000), "ticket.notes", 4000));

        assertEquals("text.tooLong", refused.getMessageKey());
        assertArrayEquals(new Object[] {Text.of("ticket.notes"), 4000, 100_000}, refused.getArguments());
    }
}
