package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.outbound.application.DialingQueue;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.outbound.domain.ExclusionReason;
import it.cuffia.outbound.domain.Lead;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dialing queue in the server, on the real database, with many agents asking at the same moment. */
@ExtendWith(ArquillianExtension.class)
class OutboundIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    QueueFixtures fixtures;

    @Inject
    DialingQueue queue;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void fiftyAgentsAskingAtOnceNeverGetTheSameLead() throws Exception {
        QueueFixtures.Setup setup = fixtures.campaign(50, 120);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(50, threads);
        try {
            List<Future<Optional<Lead>>> asks = new ArrayList<>();
            for (Long agent : setup.agentIds()) {
                asks.add(pool.submit(() -> {
                    start.await();
                    return queue.nextLeadFor(agent);
                }));
            }
            start.countDown();
            Set<Long> given = new HashSet<>();
            for (Future<Optional<Lead>> ask : asks) {
                Lead lead = ask.get(120, TimeUnit.SECONDS).orElseThrow(() -> new AssertionError("an agent got no lead"));
                assertTrue(given.add(lead.getId()), "lead " + lead.getId() + " was handed to two agents");
            }
            assertEquals(50, given.size());
            assertEquals(50, fixtures.heldLeads(setup.campaignId()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeadHeldByAnAgentWhoVanishedReturnsWhenTheLeaseRunsOut() {
        QueueFixtures.Setup setup = fixtures.campaign(2, 1);
        Long vanished = setup.agentIds().get(0);
        Long colleague = setup.agentIds().get(1);
        Long only = setup.leadIds().get(0);

        assertEquals(only, queue.nextLeadFor(vanished).orElseThrow().getId());
        assertEquals(only, queue.nextLeadFor(vanished).orElseThrow().getId(), "asking again gives back the lead already held");
        assertTrue(queue.nextLeadFor(colleague).isEmpty(), "a held lead is nobody else's");

        fixtures.expireLease(only);

        assertEquals(only, queue.nextLeadFor(colleague).orElseThrow().getId());
        assertEquals(colleague, fixtures.lead(only).getHeldBy().getId());
    }

    @Test
    void aDuePersonalCallbackComesFirstAndOnlyToItsAgent() {
        QueueFixtures.Setup setup = fixtures.campaign(2, 5);
        Long owner = setup.agentIds().get(0);
        Long other = setup.agentIds().get(1);
        Long callback = setup.leadIds().get(4); // the newest lead: by age it would come last
        fixtures.dueCallback(callback, owner);

        Lead forOther = queue.nextLeadFor(other).orElseThrow();
        assertTrue(!forOther.getId().equals(callback), "a personal callback is not given to another agent");
        assertEquals(callback, queue.nextLeadFor(owner).orElseThrow().getId());
    }

    @Test
    void aTelemarketingCampaignWithAnyConsentSettingNeverDispatchesARegisteredNumber() {
        java.util.List<ConsentPurpose> settings = new ArrayList<>(java.util.Arrays.asList(ConsentPurpose.values()));
        settings.remove(ConsentPurpose.SURVEY); // no consent for a commercial call: refused (CampaignTest)
        settings.add(null);
        for (ConsentPurpose consent : settings) {
            QueueFixtures.Telemarketing setup = fixtures.telemarketing(consent);
            fixtures.activate(setup.campaignId()); // the Swiss number needs no RPO row
            Set<Long> given = new HashSet<>();
            for (Long agent : setup.agentIds()) {
                queue.nextLeadFor(agent).ifPresent(lead -> given.add(lead.getId()));
            }
            assertEquals(Set.of(setup.free(), setup.foreign()), given, "consent " + consent);
            for (Long registered : setup.registered()) {
                assertEquals(ExclusionReason.RPO_REGISTERED, fixtures.exclusion(registered), "consent " + consent);
            }
        }
    }

    @Test
    void anItalianLeadWithoutACheckBlocksActivationAndIsNamed() {
        QueueFixtures.Telemarketing setup = fixtures.telemarketing(null);
        fixtures.activate(setup.campaignId());
        fixtures.addUncheckedLeadAndPause(setup.campaignId());
        List<Object> refusal = fixtures.reactivationRefusal(setup.campaignId());
        assertEquals("campaign.rpo.unchecked", refusal.get(0), refusal.toString());
        assertEquals(1L, refusal.get(1), "only the new Italian lead: the Swiss one is outside the register");
        assertTrue(((String) refusal.get(3)).startsWith("Giulia Senzaverifica +39 349"), refusal.toString());
    }
}
