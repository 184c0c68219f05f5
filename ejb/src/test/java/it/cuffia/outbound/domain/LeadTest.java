package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static it.cuffia.outbound.domain.OutboundFixtures.consenting;
import static it.cuffia.outbound.domain.OutboundFixtures.lead;
import static it.cuffia.outbound.domain.OutboundFixtures.rome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadTest {

    private final Campaign campaign = campaign(CampaignType.TELESELLING);
    private final Lead lead = lead(campaign, consenting(ConsentPurpose.MARKETING), rome(2026, 3, 1, 9, 0));
    private final AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
    private final Instant at = rome(2026, 3, 2, 10, 15);

    @Test
    void retryableOutcomesComeBackAfterTheCampaignsDelay() {
        campaign.setRetryDelay(Outcome.BUSY, 30);
        lead.record(Outcome.BUSY, at, null);
        assertEquals(LeadStatus.RETRY, lead.getStatus());
        assertEquals(at.plus(Duration.ofMinutes(30)), lead.getNextAttemptAt());
        assertEquals(1, lead.getAttempts());

        lead.record(Outcome.NO_ANSWER, at, null); // no delay set: the default
        assertEquals(at.plus(Duration.ofMinutes(Outcome.DEFAULT_RETRY_MINUTES)), lead.getNextAttemptAt());
    }

    @Test
    void theLastAllowedAttemptExcludesTheLead() {
        lead.record(Outcome.NO_ANSWER, at, null);
        lead.record(Outcome.ANSWERING_MACHINE, at.plusSeconds(7200), null);
        lead.record(Outcome.BUSY, at.plusSeconds(14400), null);
        assertEquals(LeadStatus.EXCLUDED, lead.getStatus());
        assertEquals(ExclusionReason.MAX_ATTEMPTS, lead.getExcludedReason());
        assertNull(lead.getNextAttemptAt());
    }

    @Test
    void aCallbackFallsInsideTheCampaignsPeriodAndCallingHours() {
        Instant farFuture = java.time.LocalDateTime.of(9999, 12, 31, 11, 0).atZone(it.cuffia.shared.domain.Zones.ROME).toInstant();
        assertEquals("lead.callback.outsidePeriod", assertThrows(DomainException.class,
                () -> lead.record(Outcome.CALLBACK, at, new Lead.Callback(farFuture, agent))).getMessageKey());
        Instant afterTheEnd = rome(2027, 1, 4, 11, 0);
        assertEquals("lead.callback.outsidePeriod", assertThrows(DomainException.class,
                () -> lead.record(Outcome.CALLBACK, at, new Lead.Callback(afterTheEnd, agent))).getMessageKey());
        Instant night = rome(2026, 3, 3, 23, 0);
        assertEquals("lead.callback.outsideHours", assertThrows(DomainException.class,
                () -> lead.record(Outcome.CALLBACK, at, new Lead.Callback(night, agent))).getMessageKey());
        assertEquals(0, lead.getAttempts(), "a refused callback is no attempt");
        assertEquals(LeadStatus.NEW, lead.getStatus());
    }

    @Test
    void aCallbackWaitsForItsTimeAndMayBePersonal() {
        Instant tomorrow = at.plus(Duration.ofDays(1));
        lead.record(Outcome.CALLBACK, at, new Lead.Callback(tomorrow, agent));
        assertEquals(LeadStatus.CALLBACK, lead.getStatus());
        assertEquals(tomorrow, lead.getNextAttemptAt());
        assertSame(agent, lead.getCallbackAgent());

        DomainException past = assertThrows(DomainException.class, () -> lead.record(Outcome.CALLBACK, at, new Lead.Callback(at, null)));
        assertEquals("lead.callback.future", past.getMessageKey());
    }

    @Test
    void finalOutcomesCloseTheLeadAndNothingMoreIsRecorded() {
        lead.holdFor(agent, at.plusSeconds(900));
        lead.record(Outcome.SALE, at, null);
        assertEquals(LeadStatus.DONE, lead.getStatus());
        assertNull(lead.getHeldBy());
        DomainException again = assertThrows(DomainException.class, () -> lead.record(Outcome.NO_ANSWER, at, null));
        assertEquals("lead.notWorkable", again.getMessageKey());
    }

    @Test
    void anOutcomeMustFitTheCampaign() {
        DomainException unfit = assertThrows(DomainException.class, () -> lead.record(Outcome.SURVEY_COMPLETED, at, null));
        assertEquals("lead.outcome.unfit", unfit.getMessageKey());
        assertEquals("outcome.SURVEY_COMPLETED", ((it.cuffia.shared.domain.Text) unfit.getArguments()[0]).getKey(), "named in the user's language");
        assertEquals(0, lead.getAttempts());
    }

    @Test
    void aHoldIsALease() {
        lead.holdFor(agent, at.plusSeconds(900));
        assertEquals(false, lead.isHeldBy(99L, at)); // another agent's id
        lead.release();
        assertNull(lead.getLeaseUntil());
    }
}
