package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.ConsentPurpose;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One rule, one place: every SQL or JPQL twin of a domain rule answers as the domain's Java predicate does, on the
 * real database, over rows built to sit on both sides of the rule (and on its edges, for time).
 */
@ExtendWith(ArquillianExtension.class)
class RuleTwinsIT {

    /** Tuesday 10 March 2026, 10:30 in Rome: business hours, as the test clock's anchor. */
    private static final Instant OPENED = Instant.parse("2026-03-10T09:30:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    RuleTwins twins;

    @Inject
    PayFixtures pay;

    private static void agree(RuleTwins.Answers answers, String rule) {
        assertEquals(answers.byJava(), answers.bySql(), rule);
    }

    /** Both sides of the rule are present: the comparison could tell a twin that says yes or no to everything. */
    private static void bothSides(RuleTwins.Answers answers, String rule) {
        assertFalse(answers.byJava().isEmpty(), rule + ": some rows pass");
        assertTrue(answers.byJava().size() < answers.rows(), rule + ": some rows fail");
    }

    @Test
    void activeTicketsAreTheSameForTheStateTheSqlAndTheCriteria() {
        Long client = twins.ticketsInEveryState(OPENED);

        List<RuleTwins.Answers> answers = twins.active(client);

        agree(answers.get(0), "TicketState.ACTIVE_SQL");
        agree(answers.get(1), "Ticket.active(criteria)");
        bothSides(answers.get(0), "active");
    }

    @Test
    void atRiskAndBreachedAreTheSameForSlaStatusAndTheQueuesSql() {
        Long client = twins.ticketsInEveryState(OPENED);
        Set<Long> everAtRisk = new TreeSet<>();
        Set<Long> everBreached = new TreeSet<>();

        for (Instant now : twins.slaEdges(client)) {
            List<RuleTwins.Answers> answers = twins.sla(client, now);
            agree(answers.get(0), "Ticket.AT_RISK_SQL at " + now);
            agree(answers.get(1), "Ticket.BREACHED_SQL at " + now);
            everAtRisk.addAll(answers.get(0).byJava());
            everBreached.addAll(answers.get(1).byJava());
        }
        assertEquals(everAtRisk, everBreached, "every active ticket is at risk, then breached, at some edge");
        assertEquals(12, everAtRisk.size(), "the 6 active tickets of each of the 2 deadlines");
    }

    @Test
    void anAgentsOwnTicketsAreTheSameForIsWorkedByAndTheMineCriteria() {
        Long client = twins.ticketsInEveryState(OPENED);

        for (String user : List.of(Demo.AGENT_AURORA, "operatore02", Demo.SUPERVISOR)) {
            RuleTwins.Answers answers = twins.workedBy(client, user);
            agree(answers, "Ticket.workedBy for " + user);
            bothSides(answers, "worked by " + user);
        }
    }

    @Test
    void theTicketsAPersonCanTakeAreTheSameForCanBeTakenByAndTheQueueCriteria() {
        Long client = twins.ticketsInEveryState(OPENED);

        RuleTwins.Answers agent = twins.takeableBy(client, Demo.AGENT_AURORA);
        agree(agent, "Ticket.takeableBy for an agent");
        bothSides(agent, "takeable by an agent");
        RuleTwins.Answers supervisor = twins.takeableBy(client, Demo.SUPERVISOR);
        agree(supervisor, "Ticket.takeableBy for a supervisor");
        assertTrue(supervisor.byJava().size() > agent.byJava().size(), "a supervisor also takes the escalated ones");
    }

    @Test
    void salesThatEarnCommissionAreTheSameForTheSaleAndThePayQuery() {
        PayFixtures.Setup setup = pay.create();

        RuleTwins.Answers answers = twins.earnsCommission(setup.agentA());

        agree(answers, "Sale.EARNS_COMMISSION_JPQL");
        bothSides(answers, "earns commission");
    }

    @Test
    void theAgentsOfAClientAreTheSameForWorksForAndItsJpql() {
        for (String agent : List.of(Demo.AGENT_AURORA, Demo.AGENT_VERDE)) {
            RuleTwins.Answers answers = twins.worksFor(agent);
            agree(answers, "Agent.WORKS_FOR_JPQL for the client of " + agent);
            bothSides(answers, "works for the client of " + agent);
        }
    }

    @Test
    void dialableCampaignsAreTheSameForIsDialableAndTheQueuesJpql() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        Long client = twins.campaignsInEveryStatusAndPeriod(today);

        for (LocalDate day : List.of(today.minusDays(1), today, today.plusDays(1))) {
            RuleTwins.Answers answers = twins.dialable(client, day);
            agree(answers, "Campaign.DIALABLE_JPQL on " + day);
            bothSides(answers, "dialable on " + day);
        }
        RuleTwins.Answers onTheDay = twins.dialable(client, today);
        assertEquals(4, onTheDay.byJava().size(), "the ACTIVE campaigns whose period holds the day: ending, one day, around, starting");
    }

    @Test
    void customersWithAConsentAreTheSameForHasConsentAndItsSql() {
        for (ConsentPurpose purpose : List.of(ConsentPurpose.MARKETING, ConsentPurpose.SURVEY)) {
            RuleTwins.Answers answers = twins.hasConsent(purpose);
            agree(answers, "Customer.HAS_CONSENT_SQL for " + purpose);
            bothSides(answers, "has consent " + purpose);
        }
    }

    @Test
    void workableLeadStatusesAreTheSameForTheStatusAndTheQueuesSql() {
        RuleTwins.Answers answers = twins.workableLeadStatuses();

        agree(answers, "LeadStatus.WORKABLE_SQL");
        assertFalse(answers.byJava().isEmpty(), "the demo campaigns have leads to work");
    }
}
