package it.cuffia.identity.domain;

import it.cuffia.shared.domain.DomainException;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B: length over composition rules): at least
 * {@link #MIN_LENGTH} characters, not the user name inside it, not one of the passwords every guesser
 * tries first, not a single repeated character. Checked when an admin sets one and when a user changes theirs.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    /** The first words of every guessing list, and this product's and this year's names. */
    private static final Set<String> GUESSED_FIRST = Set.of(
            "password", "password1", "password12", "password123", "passw0rd", "1234567890", "12345678910",
            "0123456789", "qwertyuiop", "qwerty1234", "1q2w3e4r5t", "iloveyou12", "abcdefghij", "abc1234567",
            "cambiami", "cambiami1", "cambiami123", "cambiamelo", "benvenuto", "benvenuto1", "benvenuto123",
            "juventus123", "napoli1926", "forzainter", "forzamilan", "cuffia", "cuffia123", "cuffia1234",
            "callcenter", "callcenter1", "admin12345", "administrator");

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainException("user.password.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("user.password.long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new DomainException("user.password.containsUsername");
        }
        if (GUESSED_FIRST.contains(lower) || lower.codePoints().distinct().count() == 1) {
            throw new DomainException("user.password.guessable");
        }
    }
}
