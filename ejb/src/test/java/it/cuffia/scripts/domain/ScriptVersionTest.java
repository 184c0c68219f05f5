package it.cuffia.scripts.domain;

import static it.cuffia.scripts.domain.ScriptFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptVersionTest {

    private final Script script = ScriptFixtures.telesellingScript();

    @Test
    void publishingFreezesTheVersionAndPinsIt() {
        ScriptVersion first = ScriptFixtures.publishable(script);
        assertSame(first, script.publish(Set.of(), "admin", NOW));
        assertTrue(first.isPublished());
        assertSame(first, script.getPinnedVersion());
        assertEquals("script.version.published",
                assertThrows(DomainException.class, () -> first.changeStep("s1", ScriptFixtures.say("Altro", null, "s2"))).getMessageKey());
        assertEquals("script.version.published", assertThrows(DomainException.class, () -> first.removeStep("s6")).getMessageKey());
        assertEquals("script.version.published", assertThrows(DomainException.class,
                () -> first.addStep(ScriptFixtures.end("Altra fine", "SALE"))).getMessageKey());
        assertEquals("script.version.published", assertThrows(DomainException.class, first::requireDraft).getMessageKey());
    }

    @Test
    void anInvalidDraftIsNotPublished() {
        script.draft().orElseThrow().addStep(ScriptFixtures.say("Solo saluto", null, null));
        DomainException refused = assertThrows(DomainException.class, () -> script.publish(Set.of(), "admin", NOW));
        assertEquals("script.publish.invalid", refused.getMessageKey());
        assertFalse(script.draft().orElseThrow().isPublished());
    }

    @Test
    void editingAPublishedScriptStartsADraftWithTheSameStepKeys() {
        ScriptFixtures.publishable(script);
        script.publish(Set.of(), "admin", NOW);
        ScriptVersion second = script.newDraft("admin", NOW);
        assertEquals(2, second.getNumber());
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"), second.getSteps().stream().map(ScriptStep::getKey).toList());
        second.changeStep("s1", ScriptFixtures.say("Presentazione breve", "<p>Buongiorno!</p>", "s2"));
        assertEquals("Presentazione", script.version(1).step("s1").getTitle());
        second.addStep(ScriptFixtures.end("Richiamare", "CALLBACK"));
        assertEquals("s7", second.getSteps().get(6).getKey());
        assertEquals("script.draft.exists", assertThrows(DomainException.class, () -> script.newDraft("admin", NOW)).getMessageKey());
    }

    @Test
    void aStepOthersLeadToCannotBeRemoved() {
        ScriptVersion draft = ScriptFixtures.publishable(script);
        DomainException refused = assertThrows(DomainException.class, () -> draft.removeStep("s4"));
        assertEquals(List.of("Obiezione prezzo", "Offerta"), List.of(refused.getArguments()));
    }

    @Test
    void onlyPublishedVersionsArePinned() {
        ScriptFixtures.publishable(script);
        script.publish(Set.of(), "admin", NOW);
        script.newDraft("admin", NOW);
        assertEquals("script.pin.draft", assertThrows(DomainException.class, () -> script.pin(2)).getMessageKey());
        script.pin(1);
        assertEquals(1, script.getPinnedVersion().getNumber());
    }

    @Test
    void everyAnswerLeadsToAStepWhoeverSendsTheStep() {
        ScriptVersion draft = script.draft().orElseThrow();

        for (String nowhere : new String[] {null, "", "  "}) {
            assertEquals("script.answer.nextRequired", assertThrows(DomainException.class,
                    () -> draft.addStep(ScriptFixtures.question("Interessato?", new ScriptAnswer("Sì", nowhere)))).getMessageKey());
        }
        ScriptStep step = draft.addStep(ScriptFixtures.question("Interessato?", new ScriptAnswer(" Sì ", " s1 "), new ScriptAnswer(" ", null)));
        assertEquals(List.of("s1"), step.targets(), "a blank answer row is no answer; the kept one leads to its step");
        assertEquals("s1", step.targetOf("Sì"));
    }
}
