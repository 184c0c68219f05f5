package it.cuffia.scripts.domain;

import static it.cuffia.scripts.domain.ScriptFixtures.end;
import static it.cuffia.scripts.domain.ScriptFixtures.question;
import static it.cuffia.scripts.domain.ScriptFixtures.say;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptGraphTest {

    private final Script script = ScriptFixtures.telesellingScript();

    @Test
    void aWellFormedScriptHasNoProblems() {
        ScriptVersion version = ScriptFixtures.publishable(script);
        assertEquals(List.of(), version.problems(Set.of()));
    }

    @Test
    void anEmptyScriptCannotBePublished() {
        assertEquals(List.of(ScriptProblem.of("script.problem.empty")), script.draft().orElseThrow().problems(Set.of()));
    }

    @Test
    void unreachableStepsDeadEndsAndBrokenLinksAreNamed() {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(say("Presentazione", null, "s9"));          // s1 → unknown s9
        draft.addStep(end("Vendita", "SALE"));                     // s2, not reachable
        draft.addStep(say("Saluti", null, null));                  // s3, no next: dead end
        List<ScriptProblem> problems = draft.problems(Set.of());
        assertTrue(problems.contains(ScriptProblem.of("script.problem.unknownTarget", "Presentazione", "s9")), problems.toString());
        assertTrue(problems.contains(ScriptProblem.of("script.problem.unreachable", "Vendita")), problems.toString());
        assertTrue(problems.contains(ScriptProblem.of("script.problem.unreachable", "Saluti")), problems.toString());
        assertTrue(problems.contains(ScriptProblem.of("script.problem.deadEnd", "Saluti")), problems.toString());
    }

    @Test
    void endsNeedAnOutcomeTheCampaignCanRecord() {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(question("Interessa?", new ScriptAnswer("Sì", "s2"), new ScriptAnswer("No", "s3")));
        draft.addStep(end("Appuntamento", "APPOINTMENT_BOOKED")); // a teleselling campaign books no visits
        draft.addStep(end("Chiusura", null));
        List<ScriptProblem> problems = draft.problems(Set.of());
        assertEquals(List.of(ScriptProblem.of("script.problem.outcomeNotAllowed", "Appuntamento", "APPOINTMENT_BOOKED"),
                ScriptProblem.of("script.problem.endWithoutOutcome", "Chiusura")), problems);
    }

    @Test
    void aLoopWithoutExitIsNoWayOut() {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(question("Domanda", new ScriptAnswer("Sì", "s3"), new ScriptAnswer("Ancora", "s2")));
        draft.addStep(say("Giro", null, "s1"));
        draft.addStep(end("Fine", "SALE"));
        draft.addStep(say("Cerchio A", null, "s5"));
        draft.changeStep("s1", question("Domanda", new ScriptAnswer("Sì", "s3"), new ScriptAnswer("Ancora", "s2"),
                new ScriptAnswer("Altro", "s4")));
        draft.addStep(say("Cerchio B", null, "s4"));
        List<ScriptProblem> problems = draft.problems(Set.of());
        assertEquals(List.of(ScriptProblem.of("script.problem.noWayOut", "Cerchio A"), ScriptProblem.of("script.problem.noWayOut", "Cerchio B")),
                problems);
    }

    @Test
    void aMandatoryStepThatAPathCanGoAroundIsReported() {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(question("Chi parla?", new ScriptAnswer("Il titolare", "s2"), new ScriptAnswer("Un familiare", "s3")));
        draft.addStep(ScriptFixtures.mandatory("Informativa privacy", "<p>…</p>", "s3"));
        draft.addStep(end("Fine", "NOT_INTERESTED"));
        assertEquals(List.of(ScriptProblem.of("script.problem.mandatorySkippable", "Informativa privacy")), draft.problems(Set.of()));
    }

    @Test
    void unknownPlaceholdersAndSurveyQuestionsOfAnotherCampaignAreNamed() {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(say("Saluto", "<p>Buongiorno {customer.nome}, {today}</p>", "s2"));
        draft.addStep(new ScriptStep.StepData(StepKind.SURVEY, "Domanda 1", null, false, "s3", null, 99L, List.of()));
        draft.addStep(end("Fine", "SALE"));
        assertEquals(List.of(ScriptProblem.of("script.problem.placeholder", "Saluto", "{customer.nome}"),
                ScriptProblem.of("script.problem.surveyQuestion", "Domanda 1")), draft.problems(Set.of(7L)));
        assertEquals(List.of(ScriptProblem.of("script.problem.placeholder", "Saluto", "{customer.nome}")), draft.problems(Set.of(99L)));
    }

    @Test
    void progressCountsTheFewestStepsStillAhead() {
        ScriptGraph graph = ScriptFixtures.publishable(script).graph();
        assertEquals(3, graph.stepsToEnd("s1").orElseThrow());
        assertEquals(2, graph.stepsToEnd("s4").orElseThrow());
        assertEquals(0, graph.stepsToEnd("s5").orElseThrow());
    }
}
