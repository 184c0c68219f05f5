package it.cuffia.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16 §2: a survey is mailed once, answered once, before its link expires, with both scores in range. */
class SatisfactionSurveyTest {

    private final Instant at = Instant.parse("2026-03-10T09:00:00Z");
    private final Client aurora = new Client("AURORA", "Telefonia Aurora");
    private final Customer mario = new Customer(aurora, "Mario", "Rossi");
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));

    private Interaction answeredCall() {
        Interaction call = Interaction.inbound(aurora, Channel.PHONE, "+393471234567", "pbx-1", at);
        call.identify(mario);
        call.answer(agent, at.plusSeconds(10));
        call.end(at.plusSeconds(300));
        return call;
    }

    private SatisfactionSurvey sentSurvey() {
        SatisfactionSurvey survey = SatisfactionSurvey.ofCall(answeredCall(), at.plusSeconds(400), Duration.ofMinutes(60));
        survey.sent("hash", "mario@example.it", "it", at.plusSeconds(4000), 7);
        return survey;
    }

    @Test
    void aCallsSurveyIsDueAfterTheClientsDelayAndCountsForItsAgentOnThePhone() {
        SatisfactionSurvey survey = SatisfactionSurvey.ofCall(answeredCall(), at.plusSeconds(400), Duration.ofMinutes(60));
        assertEquals(SurveyStatus.SCHEDULED, survey.getStatus());
        assertEquals(at.plusSeconds(400 + 3600), survey.getDueAt());
        assertEquals(agent, survey.getAgent());
        assertEquals(Channel.PHONE, survey.getChannel());
        assertEquals(SurveySubject.CALL, survey.subject());
    }

    @Test
    void onlyAnAnsweredCallOfAKnownCustomerIsWorthASurvey() {
        assertTrue(SatisfactionSurvey.completes(answeredCall()));
        Interaction unanswered = Interaction.inbound(aurora, Channel.PHONE, "+393471234567", "pbx-2", at);
        unanswered.identify(mario);
        unanswered.end(at.plusSeconds(30));
        assertFalse(SatisfactionSurvey.completes(unanswered), "nobody answered");
        Interaction anonymous = Interaction.inbound(aurora, Channel.PHONE, "anonymous", "pbx-3", at);
        anonymous.answer(agent, at.plusSeconds(5));
        anonymous.end(at.plusSeconds(60));
        assertFalse(SatisfactionSurvey.completes(anonymous), "no customer to ask");
        Interaction ongoing = Interaction.inbound(aurora, Channel.PHONE, "+393471234567", "pbx-4", at);
        ongoing.identify(mario);
        ongoing.answer(agent, at.plusSeconds(5));
        assertFalse(SatisfactionSurvey.completes(ongoing), "still talking");
    }

    @Test
    void aSurveyIsMailedOnceAndItsLinkWorksForTheClientsDays() {
        SatisfactionSurvey survey = sentSurvey();
        assertEquals(SurveyStatus.SENT, survey.getStatus());
        assertEquals(at.plusSeconds(4000).plus(Duration.ofDays(7)), survey.getExpiresAt());
        assertThrows(IllegalStateException.class, () -> survey.sent("other", "mario@example.it", "it", at.plusSeconds(5000), 7),
                "never mailed twice");
        assertThrows(IllegalStateException.class, () -> survey.skipped(SkipReason.RECENT));
    }

    @Test
    void theCustomerAnswersOnceAndASecondAnswerIsRefused() {
        SatisfactionSurvey survey = sentSurvey();
        Instant answering = at.plus(Duration.ofDays(2));
        assertEquals(SatisfactionSurvey.View.OPEN, survey.view(answering));
        survey.answer(4, 9, "  Gentilissimi  ", answering);
        assertEquals(SurveyStatus.ANSWERED, survey.getStatus());
        assertEquals(4, survey.getSatisfaction());
        assertEquals(9, survey.getRecommendation());
        assertEquals("Gentilissimi", survey.getComment());
        assertEquals(answering, survey.getAnsweredAt());
        assertEquals(SatisfactionSurvey.View.ANSWERED, survey.view(answering.plusSeconds(60)));
        DomainException again = assertThrows(DomainException.class, () -> survey.answer(1, 0, "ripensamento", answering.plusSeconds(60)));
        assertEquals("csat.answered", again.getMessageKey());
        assertEquals(4, survey.getSatisfaction(), "the first answer stands");
        assertEquals(SatisfactionSurvey.View.ANSWERED, survey.view(answering.plus(Duration.ofDays(30))), "answered, also once expired");
    }

    @Test
    void anExpiredLinkTakesNoAnswer() {
        SatisfactionSurvey survey = sentSurvey();
        Instant expiry = survey.getExpiresAt();
        assertEquals(SatisfactionSurvey.View.OPEN, survey.view(expiry.minusSeconds(1)));
        assertEquals(SatisfactionSurvey.View.EXPIRED, survey.view(expiry));
        assertEquals("csat.expired", assertThrows(DomainException.class, () -> survey.answer(5, 10, null, expiry)).getMessageKey());
        assertNull(survey.getAnsweredAt());
    }

    @Test
    void aSurveyNotMailedOpensNothing() {
        SatisfactionSurvey planned = SatisfactionSurvey.ofCall(answeredCall(), at, Duration.ZERO);
        assertEquals(SatisfactionSurvey.View.EXPIRED, planned.view(at));
        planned.skipped(SkipReason.NO_ADDRESS);
        assertEquals(SkipReason.NO_ADDRESS, planned.getSkipReason());
        assertThrows(DomainException.class, () -> planned.answer(5, 10, null, at));
    }

    @Test
    void bothScoresAreRequiredInTheirRangesAndTheCommentIsOptional() {
        SatisfactionSurvey survey = sentSurvey();
        Instant now = at.plusSeconds(5000);
        assertEquals("csat.satisfaction.required", assertThrows(DomainException.class, () -> survey.answer(null, 9, null, now)).getMessageKey());
        assertEquals("csat.satisfaction.required", assertThrows(DomainException.class, () -> survey.answer(0, 9, null, now)).getMessageKey());
        assertEquals("csat.satisfaction.required", assertThrows(DomainException.class, () -> survey.answer(6, 9, null, now)).getMessageKey());
        assertEquals("csat.recommendation.required", assertThrows(DomainException.class, () -> survey.answer(3, null, null, now)).getMessageKey());
        assertEquals("csat.recommendation.required", assertThrows(DomainException.class, () -> survey.answer(3, -1, null, now)).getMessageKey());
        assertEquals("csat.recommendation.required", assertThrows(DomainException.class, () -> survey.answer(3, 11, null, now)).getMessageKey());
        assertEquals("text.tooLong", assertThrows(DomainException.class,
                () -> survey.answer(3, 7, "x".repeat(SatisfactionSurvey.MAX_COMMENT + 1), now)).getMessageKey());
        assertEquals(SurveyStatus.SENT, survey.getStatus(), "a refused answer leaves the link open");
        survey.answer(1, 0, "   ", now);
        assertNull(survey.getComment(), "a blank comment is no comment");
        assertEquals(1, survey.getSatisfaction());
        assertEquals(0, survey.getRecommendation());
    }
}
