package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private final LocalDate today = LocalDate.of(2026, 3, 10);

    @Test
    void activationNeedsACallerIdHoursAndCheckedLeads() {
        Campaign campaign = campaign(CampaignType.TELEMARKETING);
        assertEquals("campaign.callerId.required",
                assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> 0)).getMessageKey());
        campaign.setCallerId("02 4000 1234");
        assertEquals("+390240001234", campaign.getCallerId());
        DomainException unchecked = assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> 12));
        assertEquals("campaign.rpo.unchecked", unchecked.getMessageKey());
        assertEquals(12L, unchecked.getArguments()[0]);
        campaign.replaceWindows(List.of());
        assertEquals("campaign.windows.required",
                assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> 0)).getMessageKey());
        assertEquals(CampaignStatus.DRAFT, campaign.getStatus());
    }

    @Test
    void statusesFollowDraftActivePausedClosed() {
        Campaign campaign = campaign(CampaignType.SURVEY);
        campaign.setCallerId("+39 06 5000 4321");
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> { throw new AssertionError("surveys do not check the RPO"); });
        campaign.moveTo(CampaignStatus.PAUSED, today, c -> 0);
        campaign.moveTo(CampaignStatus.ACTIVE, today, c -> 0);
        campaign.moveTo(CampaignStatus.CLOSED, today, c -> 0);
        DomainException reopen = assertThrows(DomainException.class, () -> campaign.moveTo(CampaignStatus.ACTIVE, today, c -> 0));
        assertEquals("campaign.status.refused", reopen.getMessageKey());
    }

    @Test
    void aCampaignThatEndedCannotStart() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        campaign.setCallerId("+39 02 4000 1234");
        assertEquals("campaign.period.over", assertThrows(DomainException.class,
                () -> campaign.moveTo(CampaignStatus.ACTIVE, LocalDate.of(2027, 1, 1), c -> 0)).getMessageKey());
    }

    @Test
    void onlyRetryableOutcomesHaveADelay() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        assertThrows(DomainException.class, () -> campaign.setRetryDelay(Outcome.SALE, 10));
        assertThrows(DomainException.class, () -> campaign.setRetryDelay(Outcome.BUSY, 0));
    }
}
