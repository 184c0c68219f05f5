package it.cuffia.channels.domain;

import it.cuffia.shared.domain.Checksums;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The moment a web form was served, signed with the form's secret (HMAC-SHA256) with a random nonce.
 * It travels in the form itself, not in a session, so any server of the cluster reads it back and an embedded
 * form works without cookies; a bot can neither make it younger nor older without the secret.
 */
public final class FormStamp {

    private static final String HMAC = "HmacSHA256";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private FormStamp() {
    }

    /**
     * A stamp of its own for each serving ({@code seconds.nonce.signature}): two people opening the form in the same
     * second get two stamps, each of which can be sent once.
     */
    public static String issue(String secret, String formKey, Instant at) {
        long seconds = at.getEpochSecond();
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return seconds + "." + nonce + "." + signature(secret, formKey, seconds + "." + nonce);
    }

    /** When the stamp was issued, if it is one this form's secret signed; empty for anything else. */
    public static Optional<Instant> issuedAt(String secret, String formKey, String stamp) {
        if (stamp == null || stamp.length() > 80) {
            return Optional.empty();
        }
        String[] parts = stamp.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(parts[0]);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        byte[] expected = signature(secret, formKey, seconds + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] given = parts[2].getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }

    /** What is stored of a stamp once it was sent: a served form is sent once. */
    public static String hashOf(String stamp) {
        return Checksums.sha256Hex((stamp == null ? "" : stamp).getBytes(StandardCharsets.UTF_8));
    }

    private static String signature(String secret, String formKey, String served) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            byte[] signed = mac.doFinal((formKey + "|" + served).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
