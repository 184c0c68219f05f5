package it.cuffia.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SurveyTokenTest {

    @Test
    void aTokenIs192RandomBitsWrittenUrlSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = SurveyToken.create();
            assertTrue(token.matches("[A-Za-z0-9_-]{32}"), token);
            assertTrue(seen.add(token), "never the same twice");
        }
        assertEquals(192, SurveyToken.BYTES * 8);
    }

    @Test
    void onlyTheHashIsKeptAndSomethingThatCannotBeATokenHasNone() {
        String token = SurveyToken.create();
        String hash = SurveyToken.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, SurveyToken.hash(token));
        assertNotEquals(hash, SurveyToken.hash(SurveyToken.create()));
        assertNull(SurveyToken.hash(null));
        assertNull(SurveyToken.hash("short"));
        assertNull(SurveyToken.hash(token + "x"));
        assertNull(SurveyToken.hash("' or 1=1 --                     x"));
    }
}
