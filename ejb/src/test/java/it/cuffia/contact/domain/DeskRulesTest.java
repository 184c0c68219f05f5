package it.cuffia.contact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 15: pause codes, dispositions and a client's wrap-up rules. */
class DeskRulesTest {

    private final Instant ringing = Instant.parse("2026-03-10T09:00:00Z");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
    private final Client aurora = new Client("AURORA", "Telefonia Aurora");
    private final Client verde = new Client("ENVERDE", "Energia Verde");

    private Interaction endedCall() {
        Interaction call = Interaction.inbound(aurora, Channel.PHONE, "+393471234567", "pbx-1", ringing);
        call.answer(agent, ringing.plusSeconds(5));
        call.end(ringing.plusSeconds(65));
        return call;
    }

    @Test
    void aCodeIsShortAndCapitalAndALabelIsInItalianWithEnglishWhereWritten() {
        PauseCode lunch = new PauseCode(aurora, " pranzo ", "Pausa pranzo", "Lunch break", false, false, true);
        assertEquals("PRANZO", lunch.getCode());
        assertEquals("Lunch break", lunch.label(Locale.ENGLISH));
        assertEquals("Pausa pranzo", lunch.label(Locale.ITALIAN));
        assertEquals("Bagno", new PauseCode(aurora, "BAGNO", "Bagno", " ", true, false, true).label(Locale.ENGLISH),
                "no English label: the Italian one");
        assertEquals("clientCode.code.pattern", assertThrows(DomainException.class,
                () -> new Disposition(aurora, "ri chiamare", "Richiamare", null, true)).getMessageKey());
        assertEquals("clientCode.label.required", assertThrows(DomainException.class,
                () -> new Disposition(aurora, "CALLBACK", " ", "Call back", true)).getMessageKey());
    }

    @Test
    void aPauseForACodeKeepsItAndItsLabelAndAnInactiveCodeIsRefused() {
        PauseCode training = new PauseCode(aurora, "FORMAZIONE", "Formazione", "Training", true, true, true);
        AgentStatePeriod pause = AgentStatePeriod.paused(agent, training, ringing);
        assertSame(training, pause.getPauseCode());
        assertEquals("Formazione", pause.getReason());
        assertEquals(new PauseTime(true, true), pause.pauseTime());

        AgentStatePeriod typed = new AgentStatePeriod(agent, AgentState.PAUSED, "Richiamo del supervisore", ringing);
        assertNull(typed.getPauseCode());
        assertEquals(PauseTime.PLAIN, typed.pauseTime(), "a typed reason counts as a paid, unproductive pause");

        training.change("Formazione", "Training", true, true, false);
        assertEquals("agentState.pause.reason", assertThrows(DomainException.class,
                () -> AgentStatePeriod.paused(agent, training, ringing)).getMessageKey());
    }

    @Test
    void pauseFlagsSayWhatIsLoggedAvailableAndOccupied() {
        PauseTime lunch = new PauseTime(false, false);
        PauseTime training = new PauseTime(true, true);
        assertFalse(lunch.logged());
        assertFalse(lunch.available());
        assertTrue(training.logged() && training.available() && training.occupied());
        assertTrue(PauseTime.PLAIN.logged());
        assertFalse(PauseTime.PLAIN.available() || PauseTime.PLAIN.occupied());
    }

    @Test
    void theWrapUpNeedsWhatTheClientRequiresAndKeepsTheDispositionsCode() {
        WrapUpPolicy rules = new WrapUpPolicy(aurora, true, true, 120);
        Disposition resolved = new Disposition(aurora, "RESOLVED", "Risolto al primo contatto", "Resolved at first contact", true);
        Interaction call = endedCall();

        assertEquals("wrapUp.outcome.required", assertThrows(DomainException.class,
                () -> call.finishWrapUp("Spiegata la bolletta", null, rules, ringing.plusSeconds(90))).getMessageKey());
        assertEquals("wrapUp.notes.required", assertThrows(DomainException.class,
                () -> call.finishWrapUp(" ", resolved, rules, ringing.plusSeconds(90))).getMessageKey());
        assertNull(call.getWrapUpEndedAt(), "a refused wrap-up leaves it open");

        call.finishWrapUp("Spiegata la bolletta", resolved, rules, ringing.plusSeconds(90));
        assertEquals("RESOLVED", call.getOutcome());
        assertSame(resolved, call.getDisposition());
        assertEquals(ringing.plusSeconds(90), call.getWrapUpEndedAt());
    }

    @Test
    void aDispositionOfAnotherClientOrSwitchedOffIsRefused() {
        Disposition verdes = new Disposition(verde, "READING", "Autolettura registrata", null, true);
        Disposition old = new Disposition(aurora, "OLD", "Vecchio esito", null, false);
        Interaction call = endedCall();
        assertEquals("disposition.notOfClient", assertThrows(DomainException.class,
                () -> call.finishWrapUp(null, verdes, WrapUpPolicy.none(), ringing.plusSeconds(90))).getMessageKey());
        assertEquals("disposition.notOfClient", assertThrows(DomainException.class,
                () -> call.finishWrapUp(null, old, WrapUpPolicy.none(), ringing.plusSeconds(90))).getMessageKey());
        call.finishWrapUp(null, null, WrapUpPolicy.none(), ringing.plusSeconds(90));
        assertNull(call.getOutcome(), "nothing required, nothing chosen");
    }

    @Test
    void theLongestWrapUpEndsItOnceAndSaysSo() {
        WrapUpPolicy rules = new WrapUpPolicy(aurora, true, false, 30);
        Instant start = ringing.plusSeconds(65);
        assertEquals(Optional.of(start.plusSeconds(30)), rules.deadline(start));
        assertFalse(rules.isOverdue(start, start.plusSeconds(29)));
        assertTrue(rules.isOverdue(start, start.plusSeconds(30)));
        assertFalse(WrapUpPolicy.none().isOverdue(start, start.plusSeconds(86_400)), "no limit, never overdue");

        Interaction call = endedCall();
        call.wrapUpTimedOut(start.plusSeconds(30));
        assertTrue(call.isWrapUpTimedOut());
        assertNull(call.getOutcome(), "ended as it was: the required outcome is missing, and the flag says why");
        call.wrapUpTimedOut(start.plusSeconds(60));
        assertEquals(start.plusSeconds(30), call.getWrapUpEndedAt(), "a second timer finds it over");
    }

    @Test
    void theLongestWrapUpIsWithinReason() {
        assertEquals("wrapUp.max.range", assertThrows(DomainException.class, () -> new WrapUpPolicy(aurora, false, false, 4)).getMessageKey());
        assertEquals("wrapUp.max.range", assertThrows(DomainException.class, () -> new WrapUpPolicy(aurora, false, false, 3601)).getMessageKey());
        assertNull(new WrapUpPolicy(aurora, false, false, null).getMaxSeconds());
    }
}
