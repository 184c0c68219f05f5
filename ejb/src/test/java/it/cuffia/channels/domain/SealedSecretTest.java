package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SealedSecretTest {

    private static final SecretKeySpec KEY = new SecretKeySpec(new byte[32], "AES");
    private static final SecretKeySpec OTHER = new SecretKeySpec(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, "AES");

    @Test
    void aSealedPasswordOpensOnlyWithItsKey() {
        String sealed = SealedSecret.seal(KEY, "s3greto-è");
        assertFalse(sealed.contains("s3greto"));
        assertNotEquals(sealed, SealedSecret.seal(KEY, "s3greto-è"), "a fresh nonce each time");
        assertEquals("s3greto-è", SealedSecret.open(KEY, sealed));
        assertThrows(IllegalStateException.class, () -> SealedSecret.open(OTHER, sealed));
        String altered = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThrows(RuntimeException.class, () -> SealedSecret.open(KEY, altered));
    }
}
