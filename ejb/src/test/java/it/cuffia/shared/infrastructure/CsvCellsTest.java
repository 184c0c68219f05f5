package it.cuffia.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "+39 347 1234567|'+39 347 1234567",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)",
            "Rossi; =1+1|Rossi; =1+1",
            "Mario|Mario"})
    void formulasBecomeText(String value, String cell) {
        assertEquals(cell, CsvCells.text(value));
    }

    @org.junit.jupiter.api.Test
    void tabsCarriageReturnsAndNothing() {
        assertEquals("'\tx", CsvCells.text("\tx"));
        assertEquals("'\rx", CsvCells.text("\rx"));
        assertEquals("", CsvCells.text(null));
        assertEquals("12", CsvCells.text(12L));
    }
}
