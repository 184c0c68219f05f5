package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.PHONE;
import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static it.cuffia.outbound.domain.OutboundFixtures.consenting;
import static it.cuffia.outbound.domain.OutboundFixtures.lead;
import static it.cuffia.outbound.domain.OutboundFixtures.rome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.outbound.domain.LeadEligibility.Decision;
import it.cuffia.outbound.domain.LeadEligibility.RpoAnswer;
import it.cuffia.outbound.domain.LeadEligibility.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadEligibilityTest {

    private final Instant imported = rome(2026, 3, 1, 9, 0);
    private final Instant checkArrived = rome(2026, 3, 2, 9, 0);
    /** Tuesday 10 March 2026, 11:00 in Rome: inside every window. */
    private final Instant now = rome(2026, 3, 10, 11, 0);
    private final Campaign marketing = campaign(CampaignType.TELEMARKETING);
    private final Lead lead = lead(marketing, consenting(ConsentPurpose.MARKETING), imported);

    private Decision decide(Set<String> dnc, Map<String, RpoAnswer> rpo, Instant when) {
        return new LeadEligibility(dnc, rpo, Set.of()).of(lead, when);
    }

    private Map<String, RpoAnswer> checked(LocalDate on, boolean registered) {
        return Map.of(PHONE, new RpoAnswer(on, registered, checkArrived));
    }

    @Test
    void aCheckedConsentingLeadInsideHoursIsCalled() {
        assertEquals(Verdict.CALL, decide(Set.of(), checked(LocalDate.of(2026, 3, 2), false), now).verdict());
    }

    @Test
    void doNotCallListsExcludeGloballyOrForTheClient() {
        Decision global = decide(Set.of(LeadEligibility.dncKey(null, PHONE)), checked(LocalDate.of(2026, 3, 2), false), now);
        assertEquals(new Decision(Verdict.EXCLUDE, ExclusionReason.DO_NOT_CALL), global);
        // the test client has no id: its list entries are keyed "null|number", which must not match a global entry
        assertEquals(Verdict.CALL, decide(Set.of("7|" + PHONE), checked(LocalDate.of(2026, 3, 2), false), now).verdict());
    }

    @Test
    void numbersOpposedInTheRegisterAreExcluded() {
        assertEquals(ExclusionReason.RPO_REGISTERED, decide(Set.of(), checked(LocalDate.of(2026, 3, 2), true), now).reason());
    }

    @Test
    void withoutAFreshCheckMadeAfterTheImportTheLeadWaits() {
        assertEquals(Verdict.SKIP, decide(Set.of(), Map.of(), now).verdict());
        // checked 40 days before the call: older than the 30-day window
        Map<String, RpoAnswer> stale = Map.of(PHONE, new RpoAnswer(LocalDate.of(2026, 1, 29), false, checkArrived));
        assertEquals(Verdict.SKIP, decide(Set.of(), stale, now).verdict());
        // an answer that reached the suite before the lead was imported does not cover it
        Map<String, RpoAnswer> beforeImport = Map.of(PHONE, new RpoAnswer(LocalDate.of(2026, 2, 27), false, rome(2026, 2, 28, 9, 0)));
        assertEquals(Verdict.SKIP, decide(Set.of(), beforeImport, now).verdict());
    }

    @Test
    void outsideCallingHoursTheLeadWaits() {
        Instant sundayMorning = rome(2026, 3, 8, 11, 0);
        Instant weekdayNight = rome(2026, 3, 10, 20, 30);
        assertEquals(Verdict.SKIP, decide(Set.of(), checked(LocalDate.of(2026, 3, 2), false), sundayMorning).verdict());
        assertEquals(Verdict.SKIP, decide(Set.of(), checked(LocalDate.of(2026, 3, 2), false), weekdayNight).verdict());
    }

    @Test
    void aContactWithoutTheRequiredConsentIsExcluded() {
        Lead noConsent = lead(marketing, consenting(ConsentPurpose.SURVEY), imported);
        Decision decision = new LeadEligibility(Set.of(), checked(LocalDate.of(2026, 3, 2), false), Set.of()).of(noConsent, now);
        assertEquals(ExclusionReason.NO_CONSENT, decision.reason());
    }

    @Test
    void surveysNeedNoRegisterCheck() {
        Campaign survey = campaign(CampaignType.SURVEY);
        Lead respondent = lead(survey, consenting(ConsentPurpose.SURVEY), imported);
        assertEquals(Verdict.CALL, new LeadEligibility(Set.of(), Map.of(), Set.of()).of(respondent, now).verdict());
    }

    @Test
    void aWrongNumberIsExcluded() {
        Decision decision = new LeadEligibility(Set.of(), checked(LocalDate.of(2026, 3, 2), false), Set.of(PHONE)).of(lead, now);
        assertEquals(ExclusionReason.PHONE_INVALID, decision.reason());
    }

    @Test
    void aTelemarketingCampaignNeverCallsARegisteredNumberWhateverConsentItAsks() {
        java.util.List<ConsentPurpose> settings = new java.util.ArrayList<>(java.util.Arrays.asList(ConsentPurpose.values()));
        settings.remove(ConsentPurpose.SURVEY); // refused for a commercial campaign (CampaignTest)
        settings.add(null);
        for (ConsentPurpose consent : settings) {
            Campaign telemarketing = campaign(CampaignType.TELEMARKETING);
            telemarketing.definePurpose(CampaignType.TELEMARKETING, true, consent, LegalCallingProfile.TELEMARKETING_CODE_2024);
            Lead called = lead(telemarketing, consenting(ConsentPurpose.values()), imported);
            Decision registered = new LeadEligibility(Set.of(), checked(LocalDate.of(2026, 3, 2), true), Set.of()).of(called, now);
            assertEquals(ExclusionReason.RPO_REGISTERED, registered.reason(), "consent " + consent);
            assertEquals(Verdict.SKIP, new LeadEligibility(Set.of(), Map.of(), Set.of()).of(called, now).verdict(),
                    "an unchecked number waits, consent " + consent);
        }
    }

    @Test
    void aSurveyWithACommercialPurposeChecksTheRegister() {
        Campaign survey = campaign(CampaignType.SURVEY);
        survey.definePurpose(CampaignType.SURVEY, true, ConsentPurpose.MARKETING, LegalCallingProfile.TELEMARKETING_CODE_2024);
        Lead respondent = lead(survey, consenting(ConsentPurpose.MARKETING), imported);
        assertEquals(ExclusionReason.RPO_REGISTERED,
                new LeadEligibility(Set.of(), checked(LocalDate.of(2026, 3, 2), true), Set.of()).of(respondent, now).reason());
    }

    @Test
    void aForeignNumberIsOutsideTheRegisterButNotOutsideTheDoNotCallListOrConsent() {
        String swiss = "+41445551234";
        Lead abroad = new Lead(marketing, consenting(ConsentPurpose.MARKETING), swiss, it.cuffia.shared.domain.Zones.ROME, 5, imported);
        assertEquals(LeadRpoState.FOREIGN, LeadRpoState.of(abroad, null, LocalDate.of(2026, 3, 10)));
        assertEquals(Verdict.CALL, new LeadEligibility(Set.of(), Map.of(), Set.of()).of(abroad, now).verdict());
        assertEquals(ExclusionReason.DO_NOT_CALL,
                new LeadEligibility(Set.of(LeadEligibility.dncKey(null, swiss)), Map.of(), Set.of()).of(abroad, now).reason());
        Lead withoutConsent = new Lead(marketing, consenting(), swiss, it.cuffia.shared.domain.Zones.ROME, 5, imported);
        assertEquals(ExclusionReason.NO_CONSENT, new LeadEligibility(Set.of(), Map.of(), Set.of()).of(withoutConsent, now).reason());
    }

    @Test
    void theLeadListShowsWhereEachLeadStandsWithTheRegister() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertEquals(LeadRpoState.UNCHECKED, LeadRpoState.of(lead, null, today));
        assertEquals(LeadRpoState.FREE, LeadRpoState.of(lead, checked(LocalDate.of(2026, 3, 2), false).get(PHONE), today));
        assertEquals(LeadRpoState.REGISTERED, LeadRpoState.of(lead, checked(LocalDate.of(2026, 3, 2), true).get(PHONE), today));
        assertEquals(LeadRpoState.UNCHECKED, LeadRpoState.of(lead, checked(LocalDate.of(2026, 1, 2), false).get(PHONE), today));
        Lead respondent = lead(campaign(CampaignType.SURVEY), consenting(ConsentPurpose.SURVEY), imported);
        assertEquals(LeadRpoState.NOT_NEEDED, LeadRpoState.of(respondent, null, today));
    }
}
