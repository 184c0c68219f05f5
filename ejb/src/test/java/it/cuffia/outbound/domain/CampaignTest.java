package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.ConsentPurpose;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @Test
    void activationNeedsACallerIdHoursAndCheckedLeads() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        assertEquals("campaign.callerId.required",
                assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE)).getMessageKey());
        campaign.setCallerId("02 4000 1234");
        assertEquals("+390240001234", campaign.getCallerId());
        DomainException unchecked = assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today,
                c -> new RpoReadiness.Gap(12, List.of("Mario Rossi +39 347 123 4567", "Anna Bianchi +39 348 765 4321"))));
        assertEquals("campaign.rpo.unchecked", unchecked.getMessageKey());
        assertEquals(12L, unchecked.getArguments()[0]);
        assertEquals("Mario Rossi +39 347 123 4567, Anna Bianchi +39 348 765 4321", unchecked.getArguments()[2],
                "the refusal names the first leads");
        campaign.replaceWindows(List.of());
        assertEquals("campaign.windows.required",
                assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE)).getMessageKey());
        assertEquals(CampaignStatus.DRAFT, campaign.getStatus());
    }

    @Test
    void statusesFollowDraftActivePausedClosed() {
        Campaign campaign = campaign(CampaignType.SURVEY);
        campaign.setCallerId("+39 06 5000 4321");
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> { throw new AssertionError("surveys do not check the RPO"); });
        campaign.moveTo(CampaignStatus.PAUSED, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        campaign.moveTo(CampaignStatus.CLOSED, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE);
        DomainException reopen = assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE));
        assertEquals("campaign.status.refused", reopen.getMessageKey());
        // the states named in the user's language, not as constants ("da CLOSED a ACTIVE")
        assertArrayEquals(new Object[] {Text.label("campaign.status.", CampaignStatus.CLOSED), Text.label("campaign.status.", CampaignStatus.ACTIVE)},
                reopen.getArguments());
    }

    @Test
    void aCampaignThatEndedCannotStart() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        campaign.setCallerId("+39 02 4000 1234");
        assertEquals("campaign.period.over", assertThrows(DomainException.class,
                () -> campaign.moveTo(CampaignStatus.ACTIVE, LocalDate.of(2027, 1, 1), c -> it.cuffia.outbound.domain.RpoReadiness.Gap.NONE)).getMessageKey());
    }

    @Test
    void thePeriodEndsAfterItStartsAndARunningCampaignsEndStaysOutOfThePast() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        assertEquals("campaign.period.invalid", assertThrows(DomainException.class,
                () -> campaign.runBetween(today, today.minusDays(1), today)).getMessageKey());
        assertEquals("campaign.period.required", assertThrows(DomainException.class,
                () -> campaign.runBetween(today, null, today)).getMessageKey());
        assertEquals("campaign.period.invalid", assertThrows(DomainException.class,
                () -> new Campaign(campaign.getClient(), "Rovescia", CampaignType.SURVEY, today, today.minusDays(3))).getMessageKey());
        campaign.runBetween(today.minusDays(20), today.minusDays(2), today); // a draft may be planned in any dates
        campaign.runBetween(today, today.plusDays(30), today);

        campaign.setCallerId("+39 02 4000 1234");
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> RpoReadiness.Gap.NONE);
        DomainException past = assertThrows(DomainException.class, () -> campaign.runBetween(today, today.minusDays(1), today.plusDays(2)));
        assertEquals("campaign.period.invalid", past.getMessageKey());
        assertEquals("campaign.period.past", assertThrows(DomainException.class,
                () -> campaign.runBetween(today, today.plusDays(1), today.plusDays(2))).getMessageKey());
        campaign.runBetween(today, today.plusDays(60), today.plusDays(2));
        assertEquals(today.plusDays(60), campaign.getEndsOn());
    }

    @Test
    void onlyRetryableOutcomesHaveADelay() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        assertThrows(DomainException.class, () -> campaign.setRetryDelay(Outcome.SALE, 10));
        assertThrows(DomainException.class, () -> campaign.setRetryDelay(Outcome.BUSY, 0));
    }

    private static final RpoReadiness NONE = c -> RpoReadiness.Gap.NONE;

    @Test
    void everyCommercialCampaignChecksTheRegisterWhateverConsentItAsks() {
        for (CampaignType type : List.of(CampaignType.TELEMARKETING, CampaignType.TELESELLING, CampaignType.APPOINTMENT_SETTING)) {
            Campaign campaign = campaign(type);
            campaign.definePurpose(type, true, null, LegalCallingProfile.TELEMARKETING_CODE_2024);
            assertTrue(campaign.needsRpoCheck(), type + " without consent");
            campaign.setCallerId("+39 02 4000 1234");
            assertEquals("campaign.rpo.unchecked", assertThrows(DomainException.class,
                    () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> new RpoReadiness.Gap(2, List.of()))).getMessageKey());
        }
        Campaign pureSurvey = campaign(CampaignType.SURVEY);
        assertFalse(pureSurvey.needsRpoCheck());
        Campaign sellingSurvey = campaign(CampaignType.SURVEY);
        sellingSurvey.definePurpose(CampaignType.SURVEY, true, ConsentPurpose.MARKETING, LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertTrue(sellingSurvey.needsRpoCheck());
    }

    @Test
    void onlyASurveyMayHaveNoCommercialPurpose() {
        for (CampaignType type : CampaignType.values()) {
            if (type == CampaignType.SURVEY) {
                continue;
            }
            Campaign campaign = campaign(type);
            assertEquals("campaign.commercial.always", assertThrows(DomainException.class,
                    () -> campaign.definePurpose(type, false, ConsentPurpose.MARKETING, LegalCallingProfile.SURVEY_WIDE)).getMessageKey(),
                    "said before the survey hours it would bring are refused: " + type);
            assertTrue(campaign.hasCommercialPurpose(), "nothing changed: " + type);
            assertTrue(campaign.needsRpoCheck(), "no form choice switches the register check off: " + type);
        }
    }

    @Test
    void theSurveysConsentIsNoConsentForACommercialCall() {
        for (CampaignType type : CampaignType.values()) {
            Campaign campaign = campaign(type);
            assertEquals("campaign.consent.commercial", assertThrows(DomainException.class,
                    () -> campaign.definePurpose(type, true, ConsentPurpose.SURVEY, LegalCallingProfile.TELEMARKETING_CODE_2024)).getMessageKey(), type.name());
            assertEquals(type == CampaignType.SURVEY ? ConsentPurpose.SURVEY : ConsentPurpose.MARKETING, campaign.getConsentPurpose(), "nothing changed: " + type);
        }
        Campaign survey = campaign(CampaignType.SURVEY);
        survey.definePurpose(CampaignType.SURVEY, false, ConsentPurpose.SURVEY, LegalCallingProfile.SURVEY_WIDE);
        assertEquals(ConsentPurpose.SURVEY, survey.getConsentPurpose(), "a survey without commercial purpose asks the surveys consent");
    }

    @Test
    void theWiderSurveyHoursAreOnlyForSurveysWithoutCommercialPurpose() {
        Campaign survey = campaign(CampaignType.SURVEY);
        assertEquals(LegalCallingProfile.SURVEY_WIDE, survey.getLegalProfile());
        assertEquals("campaign.profile.commercial", assertThrows(DomainException.class,
                () -> survey.definePurpose(CampaignType.SURVEY, true, ConsentPurpose.SURVEY, LegalCallingProfile.SURVEY_WIDE)).getMessageKey());
        Campaign telemarketing = campaign(CampaignType.TELEMARKETING);
        assertEquals("campaign.profile.commercial", assertThrows(DomainException.class,
                () -> telemarketing.definePurpose(CampaignType.TELEMARKETING, true, null, LegalCallingProfile.SURVEY_WIDE)).getMessageKey());
        assertEquals(LegalCallingProfile.SURVEY_WIDE, survey.getLegalProfile(), "a refused purpose changes nothing");
        assertFalse(survey.hasCommercialPurpose());
    }

    @Test
    void anActiveCampaignKeepsItsCallerIdAPausedOneMayLoseItUntilItResumes() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        campaign.setCallerId("+39 02 4000 1234");
        campaign.moveTo(CampaignStatus.ACTIVE, today, NONE);
        assertEquals("campaign.callerId.active", assertThrows(DomainException.class, () -> campaign.setCallerId(" ")).getMessageKey());
        assertEquals("campaign.callerId.active", assertThrows(DomainException.class, () -> campaign.setCallerId(null)).getMessageKey());
        assertEquals("+390240001234", campaign.getCallerId(), "still calling with it");
        campaign.setCallerId("+39 02 4000 5678");

        campaign.moveTo(CampaignStatus.PAUSED, today, NONE);
        campaign.setCallerId(null);
        assertEquals("campaign.callerId.required", assertThrows(DomainException.class,
                () -> campaign.moveTo(CampaignStatus.ACTIVE, today, NONE)).getMessageKey());
    }

    @Test
    void thePurposeIsFixedOnceTheCampaignLeftDraft() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        campaign.setCallerId("+39 02 4000 1234");
        campaign.moveTo(CampaignStatus.ACTIVE, today, NONE);
        assertEquals("campaign.purpose.fixed", assertThrows(DomainException.class,
                () -> campaign.definePurpose(CampaignType.TELEMARKETING, true, null, LegalCallingProfile.TELEMARKETING_CODE_2024)).getMessageKey());
        assertEquals("campaign.purpose.fixed", assertThrows(DomainException.class,
                () -> campaign.definePurpose(CampaignType.SURVEY, false, ConsentPurpose.MARKETING, LegalCallingProfile.TELEMARKETING_CODE_2024)).getMessageKey());
        campaign.moveTo(CampaignStatus.PAUSED, today, NONE);
        assertThrows(DomainException.class,
                () -> campaign.definePurpose(CampaignType.TELEMARKETING, true, ConsentPurpose.MARKETING, LegalCallingProfile.SURVEY_WIDE));
        // the same purpose again (the form saves every field) is no change
        campaign.definePurpose(CampaignType.TELEMARKETING, true, ConsentPurpose.MARKETING, LegalCallingProfile.TELEMARKETING_CODE_2024);
        assertEquals(ConsentPurpose.MARKETING, campaign.getConsentPurpose());
    }

    @Test
    void newHoursOrAttemptsOfARunningCampaignPassTheActivationChecksAgain() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        campaign.setCallerId("+39 02 4000 1234");
        campaign.moveTo(CampaignStatus.ACTIVE, today, NONE);
        List<CallingWindow> hours = campaign.getWindows();
        assertEquals("campaign.windows.required", assertThrows(DomainException.class,
                () -> campaign.reschedule(List.of(), 3, today, NONE)).getMessageKey());
        assertEquals(hours, campaign.getWindows(), "refused hours leave the old ones");
        RpoReadiness leadsNotChecked = c -> new RpoReadiness.Gap(4, List.of("Mario Rossi +39 347 123 4567"));
        assertEquals("campaign.rpo.unchecked", assertThrows(DomainException.class,
                () -> campaign.reschedule(hours, 8, today, leadsNotChecked)).getMessageKey());
        assertEquals(3, campaign.getMaxAttempts());
        // unchanged hours and attempts are no revision; a draft is checked at activation
        campaign.reschedule(hours, 3, today, leadsNotChecked);
        campaign.reschedule(hours, 8, today, NONE);
        assertEquals(8, campaign.getMaxAttempts());
        Campaign draft = campaign(CampaignType.TELEMARKETING);
        draft.reschedule(List.of(), 4, today, leadsNotChecked);
        assertEquals(4, draft.getMaxAttempts());
        assertThrows(DomainException.class, () -> draft.setMaxAttempts(51));
    }

    @Test
    void anRpoCheckCountsForAMonthAtMost() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        assertEquals(30, campaign.getRpoWindowDays());
        campaign.setRpoWindowDays(15);
        assertEquals(15, campaign.getRpoWindowDays());
        for (int days : new int[] {0, 31, 365}) {
            assertEquals("campaign.rpoWindowDays.range", assertThrows(DomainException.class, () -> campaign.setRpoWindowDays(days)).getMessageKey());
        }
        assertEquals(15, campaign.getRpoWindowDays());
    }

    @Test
    void namesRefuseControlAndBidirectionalCharacters() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        for (String bad : List.of("Fibra\u202Eetnoc", "Fibra\u2066x", "Fibra\ninverno", "Fibra\u0000", "Fibra\tinverno")) {
            DomainException refused = assertThrows(DomainException.class, () -> campaign.setName(bad), bad);
            assertEquals("text.invisibleCharacters", refused.getMessageKey());
        }
        campaign.setName("  Fibra inverno – città è più 🎉 ");
        assertEquals("Fibra inverno – città è più 🎉", campaign.getName());
        assertThrows(DomainException.class, () -> new Offer(OutboundFixtures.CLIENT, "Fibra\u202E", it.cuffia.shared.domain.Money.euro("1.00"),
                today, null));
    }

    @Test
    void amountsMustFitTheirColumn() {
        assertEquals("money.tooLarge", assertThrows(DomainException.class, () -> new Offer(OutboundFixtures.CLIENT, "Fibra",
                it.cuffia.shared.domain.Money.euro("10000000000.00"), today, null)).getMessageKey());
        new Offer(OutboundFixtures.CLIENT, "Fibra", it.cuffia.shared.domain.Money.euro("9999999999.99"), today, null);
    }
}
