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
 * The moment a web form was served, signed with the form's secret (HMAC-SHA256): {@code seconds.signature}.
 * It travels in the form itself, not in a session, so any server of the cluster reads it back and an embedded
 * form works without cookies; a bot can neither make it younger nor older without the secret.
 */
public final class FormStamp {

    private static final String HMAC = "HmacSHA256";

    private FormStamp() {
    }

    public static String issue(String secret, String formKey, Instant at) {
        long seconds = at.getEpochSecond();
        return seconds + "." + signature(secret, formKey, seconds);
    }

    /** When the stamp was issued, if it is one this form's secret signed; empty for anything else. */
    public static Optional<Instant> issuedAt(String secret, String formKey, String stamp) {
        if (stamp == null || stamp.length() > 80) {
            return Optional.empty();
        }
        int dot = stamp.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        long seconds;
        try {
            seconds = Long.parseLong(stamp.substring(0, dot));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        byte[] expected = signature(secret, formKey, seconds).getBytes(StandardCharsets.US_ASCII);
        byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(Instant.ofEpochSecond(seconds)) : Optional.empty();
    }

    /** What is stored of a stamp once it was sent: a served form is sent once. */
    public static String hashOf(String stamp) {
        return Checksums.sha256Hex((stamp == null ? "" : stamp).getBytes(StandardCharsets.UTF_8));
    }

    private static String signature(String secret, String formKey, long seconds) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
            byte[] signed = mac.doFinal((formKey + "|" + seconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
