package it.cuffia.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItalianHolidaysTest {

    @Test
    void theNationalHolidaysOf2026() {
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 1, 1)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 1, 6)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 4, 6)), "Easter Monday");
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 4, 25)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 5, 1)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 6, 2)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 8, 15)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 11, 1)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 12, 8)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 12, 25)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 12, 26)));
        assertFalse(ItalianHolidays.isHoliday(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void holidaysHaveKeysTheConsolesTranslate() {
        assertEquals("christian.EASTER_MONDAY", ItalianHolidays.nameOf(LocalDate.of(2026, 4, 6)).orElseThrow());
        assertEquals("REPUBLIC_DAY", ItalianHolidays.nameOf(LocalDate.of(2026, 6, 2)).orElseThrow());
    }
}
