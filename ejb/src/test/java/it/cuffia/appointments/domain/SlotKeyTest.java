package it.cuffia.appointments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlotKeyTest {

    @Test
    void aKeyOfTheSlotListIsReadBack() {
        SlotKey key = new SlotKey(42, Instant.parse("2026-03-11T09:00:00Z"));

        assertEquals("42@1773219600", key.toString());
        assertEquals(key, SlotKey.parse(" 42@1773219600 "));
    }

    @Test
    void aMissingKeyAsksForASlot() {
        assertEquals("appointment.slot.required", assertThrows(DomainException.class, () -> SlotKey.parse(" ")).getMessageKey());
        assertEquals("appointment.slot.required", assertThrows(DomainException.class, () -> SlotKey.parse(null)).getMessageKey());
    }

    @Test
    void anOverflowingOrMalformedKeyIsNoSlotNeverANumberFormatError() {
        for (String key : new String[] {"99999999999999999999@1773219600", "42@99999999999999999999", "42@999999999999999999",
                "42@-5", "42", "domani@10"}) {
            DomainException refused = assertThrows(DomainException.class, () -> SlotKey.parse(key), key);
            assertEquals("appointment.slot.unknown", refused.getMessageKey(), key);
        }
    }
}
