package it.cuffia.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets handed to programs (CTI keys, API tokens): 256 random bits, URL-safe, shown once and stored
 * only as their SHA-256. A fast hash is enough for a random secret; PBKDF2 is for what people choose.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public static String hashOf(String secret) {
        return Checksums.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
