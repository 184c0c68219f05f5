package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongSentenceIsFineWithoutSymbolRules() {
        assertDoesNotThrow(() -> PasswordPolicy.check("operatore01", "il gatto dorme sul divano"));
        assertDoesNotThrow(() -> PasswordPolicy.check("operatore01", "cuffia2026"));
    }

    @Test
    void tooShortTooLongOrCarryingTheNameIsRefused() {
        assertEquals("user.password.short", refusal("operatore01", "corta123"));
        assertEquals("user.password.short", refusal("operatore01", null));
        assertEquals("user.password.long", refusal("operatore01", "x1".repeat(65)));
        assertEquals("user.password.containsUsername", refusal("operatore01", "Operatore01!2026"));
    }

    @Test
    void whatGuessersTryFirstIsRefused() {
        assertEquals("user.password.guessable", refusal("operatore01", "Password123"));
        assertEquals("user.password.guessable", refusal("operatore01", "benvenuto123"));
        assertEquals("user.password.guessable", refusal("operatore01", "aaaaaaaaaaaa"));
    }

    private static String refusal(String username, String password) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.check(username, password)).getMessageKey();
    }
}
