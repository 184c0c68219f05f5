package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyQuestionTest {

    private final Campaign survey = campaign(CampaignType.SURVEY);

    @Test
    void choicesAreCheckedAndJoined() {
        SurveyQuestion single = new SurveyQuestion(survey, 1, "Consiglierebbe?", QuestionKind.SINGLE, "Sì\nNo\n\nNon so", true);
        assertEquals(List.of("Sì", "No", "Non so"), single.choices());
        assertEquals("No", single.normalise(List.of(" No ")));
        assertEquals("survey.answer.choice", assertThrows(DomainException.class, () -> single.normalise(List.of("Forse"))).getMessageKey());
        SurveyQuestion multiple = new SurveyQuestion(survey, 2, "Servizi?", QuestionKind.MULTIPLE, "Luce\nGas\nApp", false);
        assertEquals("Luce | App", multiple.normalise(List.of("Luce", "App", "Luce")));
        assertNull(multiple.normalise(List.of()));
    }

    @Test
    void requiredQuestionsAndScales() {
        SurveyQuestion scale = new SurveyQuestion(survey, 1, "Voto?", QuestionKind.SCALE, null, true);
        assertEquals("survey.answer.required", assertThrows(DomainException.class, () -> scale.normalise(List.of(" "))).getMessageKey());
        assertEquals("10", scale.normalise(List.of("10")));
        assertThrows(DomainException.class, () -> scale.normalise(List.of("11")));
        assertThrows(DomainException.class, () -> scale.normalise(List.of("dieci")));
    }

    @Test
    void aChoiceQuestionNeedsTwoChoices() {
        assertThrows(DomainException.class, () -> new SurveyQuestion(survey, 1, "?", QuestionKind.SINGLE, "Solo una", true));
    }
}
