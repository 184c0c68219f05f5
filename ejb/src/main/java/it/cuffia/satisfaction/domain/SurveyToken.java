package it.cuffia.satisfaction.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of a survey's link: 192 random bits, URL-safe (32 characters). Only its SHA-256 is stored, so a copy of
 * the database opens no survey; a link is found by hashing what the customer brings.
 */
public final class SurveyToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 24 bytes: well above the 128 bits nobody can guess. */
    static final int BYTES = 24;

    private SurveyToken() {
    }

    public static String create() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The stored form of a token; null for something that cannot be one (no lookup needed). */
    public static String hash(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{32}")) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
