package it.cuffia.scripts.domain;

import static it.cuffia.scripts.domain.ScriptFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptWalkTest {

    private final Script script = ScriptFixtures.telesellingScript();
    private final ScriptVersion version = published();

    private ScriptVersion published() {
        ScriptFixtures.publishable(script);
        return script.publish(Set.of(), "admin", NOW);
    }

    @Test
    void theAgentGoesThroughAnObjectionToASale() {
        ScriptWalk walk = new ScriptWalk(version.graph());
        assertEquals("Presentazione", walk.current().getTitle());
        assertEquals(0, walk.progress());
        walk.next();
        assertEquals("script.run.mandatory", assertThrows(DomainException.class, walk::next).getMessageKey());
        walk.confirm();
        walk.next();
        walk.answer("Costa troppo");
        assertEquals("Obiezione prezzo", walk.current().getTitle());
        walk.next();
        walk.answer("Sì, mi interessa");
        assertTrue(walk.isAtEnd());
        assertEquals(100, walk.progress());
        assertEquals(List.of("s1", "s2", "s3", "s4", "s3", "s5"), walk.path().stream().map(PathStep::getStepKey).toList());
        assertEquals(List.of("Costa troppo", "Sì, mi interessa"),
                walk.path().stream().map(PathStep::getAnswer).filter(a -> a != null).toList());
    }

    @Test
    void backForgetsTheAnswerGiven() {
        ScriptWalk walk = new ScriptWalk(version.graph());
        assertFalse(walk.canGoBack());
        walk.next();
        walk.confirm();
        walk.next();
        walk.answer("No, grazie");
        walk.back();
        assertEquals("Offerta", walk.current().getTitle());
        assertEquals(List.of("s1", "s2", "s3"), walk.path().stream().map(PathStep::getStepKey).toList());
        assertEquals(null, walk.path().get(2).getAnswer());
    }

    @Test
    void questionsTakeOnlyTheirAnswers() {
        ScriptWalk walk = new ScriptWalk(version.graph());
        assertEquals("script.run.unknownAnswer", assertThrows(DomainException.class, () -> walk.answer("Forse")).getMessageKey());
    }

    @Test
    void aRunKeepsAPathTheVersionAllowsAndNothingElse() {
        ScriptWalk walk = new ScriptWalk(version.graph());
        walk.next();
        walk.confirm();
        walk.next();
        ScriptRun run = ScriptRun.of(null, version, walk.path(), NOW);
        assertFalse(run.isCompleted());
        assertEquals("s3", run.getLastStepKey());
        List<PathStep> skippingPrivacy = List.of(new PathStep("s1", null), new PathStep("s3", null));
        assertEquals("script.run.path", assertThrows(DomainException.class, () -> ScriptRun.of(null, version, skippingPrivacy, NOW)).getMessageKey());
        List<PathStep> madeUpAnswer = List.of(new PathStep("s1", null), new PathStep("s2", null), new PathStep("s3", "Forse"), new PathStep("s5", null));
        assertEquals("script.run.path", assertThrows(DomainException.class, () -> ScriptRun.of(null, version, madeUpAnswer, NOW)).getMessageKey());
    }
}
