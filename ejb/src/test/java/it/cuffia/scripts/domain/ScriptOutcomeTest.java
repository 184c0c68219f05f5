package it.cuffia.scripts.domain;

import static it.cuffia.scripts.domain.ScriptFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outcome a call records agrees with the end step its script reached. */
class ScriptOutcomeTest {

    private final Script script = ScriptFixtures.telesellingScript();
    private final ScriptVersion version = published();

    private ScriptVersion published() {
        ScriptFixtures.publishable(script);
        return script.publish(Set.of(), "admin", NOW);
    }

    private static final List<PathStep> TO_SALE = List.of(new PathStep("s1", null), new PathStep("s2", null),
            new PathStep("s3", "Sì, mi interessa"), new PathStep("s5", null));

    @Test
    void aScriptThatEndedOnASaleRefusesNoAnswer() {
        DomainException refused = assertThrows(DomainException.class, () -> ScriptRun.requireOutcome(version, TO_SALE, "NO_ANSWER"));
        assertEquals("script.run.outcome", refused.getMessageKey());
        // both outcomes go to the person by their labels, never as constants
        assertArrayEquals(new Object[] {Text.of("outcome.SALE"), Text.of("outcome.NO_ANSWER")}, refused.getArguments());
    }

    @Test
    void theEndStepsOwnOutcomeIsAccepted() {
        assertDoesNotThrow(() -> ScriptRun.requireOutcome(version, TO_SALE, "SALE"));
    }

    @Test
    void aScriptLeftBeforeItsEndLeavesTheOutcomeFree() {
        List<PathStep> stoppedAtTheOffer = List.of(new PathStep("s1", null), new PathStep("s2", null), new PathStep("s3", null));
        assertDoesNotThrow(() -> ScriptRun.requireOutcome(version, stoppedAtTheOffer, "NO_ANSWER"));
        assertDoesNotThrow(() -> ScriptRun.requireOutcome(version, List.of(), "BUSY"));
    }
}
