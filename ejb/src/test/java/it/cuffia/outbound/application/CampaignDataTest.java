package it.cuffia.outbound.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.outbound.domain.CampaignType;
import it.cuffia.outbound.domain.LegalCallingProfile;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The defaults a type and a purpose bring, the same for the admin form and the API. */
class CampaignDataTest {

    private final CampaignData data = CampaignData.fresh(LocalDate.of(2026, 3, 10));

    @Test
    void aSurveyBringsNoCommercialPurposeTheWiderHoursAndSurveyConsent() {
        data.chooseType(CampaignType.SURVEY);
        assertFalse(data.isCommercialPurpose());
        assertEquals(LegalCallingProfile.SURVEY_WIDE, data.getLegalProfile());
        assertEquals(ConsentPurpose.SURVEY, data.getConsentPurpose());
    }

    @Test
    void everyOtherTypeIsCommercialWithTheTelemarketingHoursAndMarketingConsent() {
        data.chooseType(CampaignType.SURVEY);
        for (CampaignType type : new CampaignType[] {CampaignType.TELEMARKETING, CampaignType.TELESELLING, CampaignType.APPOINTMENT_SETTING}) {
            data.chooseType(type);
            assertTrue(data.isCommercialPurpose(), type.name());
            assertEquals(LegalCallingProfile.TELEMARKETING_CODE_2024, data.getLegalProfile(), type.name());
            assertEquals(ConsentPurpose.MARKETING, data.getConsentPurpose(), type.name());
        }
    }

    @Test
    void aSurveyThatAlsoSellsCallsInTheTelemarketingHoursAndAsksTheMarketingConsent() {
        data.chooseType(CampaignType.SURVEY);
        assertEquals(ConsentPurpose.SURVEY, data.getConsentPurpose());
        data.chooseCommercialPurpose(true);
        assertEquals(LegalCallingProfile.TELEMARKETING_CODE_2024, data.getLegalProfile());
        assertEquals(ConsentPurpose.MARKETING, data.getConsentPurpose(), "the surveys consent does not cover a commercial call");
        data.chooseCommercialPurpose(false);
        assertEquals(LegalCallingProfile.SURVEY_WIDE, data.getLegalProfile());
        assertEquals(ConsentPurpose.MARKETING, data.getConsentPurpose(), "the stricter consent stays until the admin changes it");
    }
}
