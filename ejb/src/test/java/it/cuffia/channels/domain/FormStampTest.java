package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormStampTest {

    private static final String SECRET = "s3cr3t-of-the-form";
    private static final String KEY = "form-key";
    private static final Instant SERVED = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void aStampReadsBackTheMomentItWasIssued() {
        String stamp = FormStamp.issue(SECRET, KEY, SERVED);
        assertEquals(Optional.of(SERVED), FormStamp.issuedAt(SECRET, KEY, stamp));
    }

    @Test
    void aBotCannotMakeTheFormOlderWithoutTheSecret() {
        String stamp = FormStamp.issue(SECRET, KEY, SERVED);
        String older = (SERVED.getEpochSecond() - 60) + stamp.substring(stamp.indexOf('.'));
        assertTrue(FormStamp.issuedAt(SECRET, KEY, older).isEmpty(), "the signature covers the moment");
    }

    @Test
    void anotherFormsSecretOrKeyDoesNotReadTheStamp() {
        String stamp = FormStamp.issue(SECRET, KEY, SERVED);
        assertTrue(FormStamp.issuedAt("another secret", KEY, stamp).isEmpty());
        assertTrue(FormStamp.issuedAt(SECRET, "another-key", stamp).isEmpty());
    }

    @Test
    void twoServingsInTheSameSecondHaveTwoStamps() {
        String one = FormStamp.issue(SECRET, KEY, SERVED);
        String two = FormStamp.issue(SECRET, KEY, SERVED);
        assertNotEquals(one, two);
        assertNotEquals(FormStamp.hashOf(one), FormStamp.hashOf(two), "each is sent once, not one for both");
        assertEquals(FormStamp.issuedAt(SECRET, KEY, one), FormStamp.issuedAt(SECRET, KEY, two));
    }

    @Test
    void garbageIsNoStamp() {
        for (String garbage : new String[] {null, "", ".", "abc", "123", "x.y", "123.", "1..x", "1.a.b.c", "1".repeat(100)}) {
            assertTrue(FormStamp.issuedAt(SECRET, KEY, garbage).isEmpty(), String.valueOf(garbage));
        }
    }

    @Test
    void theHashKeptOfAStampIsStableAndDiffersPerStamp() {
        String one = FormStamp.issue(SECRET, KEY, SERVED);
        String two = FormStamp.issue(SECRET, KEY, SERVED.plusSeconds(1));
        assertEquals(FormStamp.hashOf(one), FormStamp.hashOf(one));
        assertNotEquals(FormStamp.hashOf(one), FormStamp.hashOf(two));
        assertEquals(64, FormStamp.hashOf(null).length());
    }
}
