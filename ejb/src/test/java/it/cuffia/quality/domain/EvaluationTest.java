package it.cuffia.quality.domain;

import static it.cuffia.shared.domain.EntityIds.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The form's versions and the evaluation's life: acknowledged, or disputed and answered once. */
class EvaluationTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private final Client aurora = withId(new Client("AURORA", "Telefonia Aurora"), 1L);
    private final AppUser agent = withId(new AppUser("operatore01", "Luca", "Bianchi", Set.of(Role.AGENT)), 2L);

    private QualityForm form() {
        QualityForm form = new QualityForm(aurora, null, null, "Qualità inbound", "admin", AT);
        form.latest().addItem(new QualityItem.ItemData("Apertura", "Saluto e presentazione", ItemKind.YES_NO, 2, null, false, false));
        form.latest().addItem(new QualityItem.ItemData("Privacy", "Informativa privacy letta", ItemKind.YES_NO, 5, null, true, false));
        form.latest().addItem(new QualityItem.ItemData("Chiusura", "Cortesia", ItemKind.SCALE, 3, 5, false, true));
        return form;
    }

    private Interaction call() {
        Interaction call = Interaction.inbound(aurora, Channel.PHONE, "+393471234567", "pbx-1", AT);
        call.answer(agent, AT.plusSeconds(5));
        return call;
    }

    private static Map<Integer, Integer> values(Integer greeting, Integer privacy, Integer courtesy) {
        Map<Integer, Integer> values = new HashMap<>();
        values.put(1, greeting);
        values.put(2, privacy);
        values.put(3, courtesy);
        return values;
    }

    @Test
    void editingAVersionNoEvaluationUsesChangesItInPlace() {
        QualityForm form = form();
        FormVersion v1 = form.latest();
        assertSame(v1, form.editable(false, "admin", AT));
        assertEquals(1, form.getVersions().size());
    }

    @Test
    void editingAVersionUsedByEvaluationsMakesANewVersionAndTheEvaluationKeepsItsOwn() {
        QualityForm form = form();
        Evaluation evaluation = new Evaluation(call(), form.latest(), values(1, 1, 5), null, "supervisore", AT);
        FormVersion v2 = form.editable(true, "admin", AT.plusSeconds(60));
        assertNotSame(evaluation.getFormVersion(), v2);
        assertEquals(2, v2.getNumber());
        assertEquals(3, v2.getItems().size(), "a copy of the latest version");
        v2.changeItem(3, new QualityItem.ItemData("Chiusura", "Cortesia e riepilogo", ItemKind.SCALE, 4, 5, false, true));
        v2.removeItem(1);
        assertEquals("Cortesia", evaluation.getFormVersion().item(3).getText(), "the evaluated version never changes");
        assertEquals(3, evaluation.getFormVersion().getItems().size());
        assertEquals(1, evaluation.getFormVersion().getNumber());
        assertEquals(java.util.List.of("Privacy", "Chiusura"), v2.getSectionNames());
    }

    @Test
    void anEvaluationScoresEveryItemAndACriticalFailureFailsIt() {
        Evaluation passed = new Evaluation(call(), form().latest(), values(1, 1, null), "Bene", "supervisore", AT);
        assertEquals(new BigDecimal("100.00"), passed.getScore(), "the N/A courtesy leaves 7 of 7");
        assertEquals(10000, passed.points());
        Evaluation failed = new Evaluation(call(), form().latest(), values(1, 0, 5), null, "supervisore", AT);
        assertEquals(new BigDecimal("0.00"), failed.getScore());
        assertTrue(failed.isFailedCritical());
        assertTrue(failed.getAnswers().get(1).isCriticalFailure());
        Map<Integer, Integer> missing = values(1, 1, 5);
        missing.remove(3);
        assertEquals("quality.answer.missing", assertThrows(DomainException.class,
                () -> new Evaluation(call(), form().latest(), missing, null, "supervisore", AT)).getMessageKey());
    }

    @Test
    void aFormOfAnotherClientIsRefused() {
        QualityForm other = new QualityForm(withId(new Client("VERDE", "Energia Verde"), 9L), null, null, "Altro", "admin", AT);
        other.latest().addItem(new QualityItem.ItemData("A", "B", ItemKind.YES_NO, 1, null, false, false));
        assertEquals("quality.evaluation.otherClient", assertThrows(DomainException.class,
                () -> new Evaluation(call(), other.latest(), Map.of(1, 1), null, "supervisore", AT)).getMessageKey());
    }

    @Test
    void theAgentAcknowledgesOnceAndCannotDisputeAfterwards() {
        Evaluation evaluation = new Evaluation(call(), form().latest(), values(1, 1, 4), null, "supervisore", AT);
        evaluation.acknowledge(AT.plusSeconds(60));
        assertEquals(EvaluationStatus.ACKNOWLEDGED, evaluation.getStatus());
        assertEquals("quality.evaluation.notNew", assertThrows(DomainException.class, () -> evaluation.dispute("no", AT)).getMessageKey());
        assertEquals("quality.dispute.none", assertThrows(DomainException.class,
                () -> evaluation.reject("no", "supervisore", AT)).getMessageKey());
    }

    @Test
    void anAcceptedDisputeChangesTheScoreAndKeepsTheHistory() {
        Evaluation evaluation = new Evaluation(call(), form().latest(), values(1, 0, 5), null, "supervisore", AT);
        assertEquals("quality.dispute.comment", assertThrows(DomainException.class, () -> evaluation.dispute("  ", AT)).getMessageKey());
        evaluation.dispute("L'informativa l'ho letta al minuto 2", AT.plusSeconds(60));
        assertTrue(evaluation.isOpenDispute());
        assertEquals("quality.dispute.sameScore", assertThrows(DomainException.class,
                () -> evaluation.accept(BigDecimal.ZERO, "ok", "supervisore", AT)).getMessageKey());
        assertEquals("quality.dispute.reason", assertThrows(DomainException.class,
                () -> evaluation.accept(new BigDecimal("90"), " ", "supervisore", AT)).getMessageKey());
        evaluation.accept(new BigDecimal("90"), "Riascoltata: letta", "supervisore", AT.plusSeconds(120));
        assertEquals(EvaluationStatus.ACCEPTED, evaluation.getStatus());
        assertEquals(new BigDecimal("90.00"), evaluation.getScore());
        assertFalse(evaluation.isFailedCritical());
        ScoreChange change = evaluation.getChanges().get(0);
        assertEquals(new BigDecimal("0.00"), change.getOldScore());
        assertEquals(new BigDecimal("90.00"), change.getNewScore());
        assertEquals("supervisore", change.getChangedBy());
        assertEquals("Riascoltata: letta", change.getReason());
        assertEquals(AT.plusSeconds(120), change.getChangedAt());
        assertEquals("quality.dispute.answered", assertThrows(DomainException.class,
                () -> evaluation.reject("no", "altro", AT)).getMessageKey());
        assertEquals("quality.evaluation.notNew", assertThrows(DomainException.class, () -> evaluation.dispute("ancora", AT)).getMessageKey());
    }

    @Test
    void aRejectedDisputeKeepsTheScore() {
        Evaluation evaluation = new Evaluation(call(), form().latest(), values(1, 1, 0), null, "supervisore", AT);
        evaluation.dispute("La cortesia c'era", AT);
        evaluation.reject("Tono brusco nel finale", "supervisore", AT.plusSeconds(30));
        assertEquals(EvaluationStatus.REJECTED, evaluation.getStatus());
        assertEquals(new BigDecimal("70.00"), evaluation.getScore());
        assertTrue(evaluation.getChanges().isEmpty());
        assertEquals("Tono brusco nel finale", evaluation.getAnswer());
    }

    @Test
    void aWeekSampleIsDeterministicAndStartsOnMonday() {
        SamplingWeek week = SamplingWeek.of(java.time.LocalDate.of(2026, 12, 6));
        assertEquals(java.time.LocalDate.of(2026, 11, 30), week.monday());
        assertEquals("2026-W49", week.label());
        assertEquals(Instant.parse("2026-11-29T23:00:00Z"), week.start());
        assertEquals(week.rank(1234), SamplingWeek.of(java.time.LocalDate.of(2026, 12, 2)).rank(1234));
        assertTrue(week.rank(1234) != week.next().rank(1234) || week.rank(1235) != week.next().rank(1235));
    }
}
