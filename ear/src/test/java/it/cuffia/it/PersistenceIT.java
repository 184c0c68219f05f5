package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.ClientScope;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ItalianHolidays;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server, on the real database: Flyway's schema, the mapping, locking, tenancy queries. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    TestFixtures fixtures;

    @Inject
    it.cuffia.ticketing.application.TicketService tickets;

    @Test
    void flywayCreatedTheSchemaAtDeploy() {
        List<Object[]> history = fixtures.flywayHistory();
        List<String> versions = history.stream().filter(row -> row[0] != null).map(row -> String.valueOf(row[0])).toList();
        assertEquals("1", versions.get(0), "versions applied: " + versions);
        assertTrue(history.stream().allMatch(row -> Boolean.TRUE.equals(row[1])), "every migration succeeded");
    }

    @Test
    void aCustomerWithPhonesAndConsentsSurvivesTheRoundTrip() {
        Client client = fixtures.newClient("Round Trip S.r.l.");
        Instant consentAt = Instant.parse("2026-03-29T01:30:00Z"); // the night Italy moves to summer time
        Customer saved = fixtures.newCustomer(client.getId(), "Nicolò", "D'Angelo", "347 123 4567", consentAt);

        Customer read = fixtures.customer(saved.getId());

        assertEquals("Nicolò", read.getFirstName());
        assertEquals("D'Angelo", read.getLastName());
        assertEquals("+393471234567", read.getPhones().get(0).getNumber());
        assertTrue(read.hasConsent(ConsentPurpose.MARKETING));
        assertEquals(consentAt, read.consentFor(ConsentPurpose.MARKETING).orElseThrow().getStatedAt().truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void aStaleCopyIsRefusedByTheOptimisticLock() {
        Client client = fixtures.newClient("Lock S.p.A.");
        Client first = fixtures.client(client.getId());
        Client second = fixtures.client(client.getId());
        first.setName("Lock S.p.A. (first)");
        fixtures.merge(first);

        second.setName("Lock S.p.A. (second)");
        EJBException refused = assertThrows(EJBException.class, () -> fixtures.merge(second));

        assertTrue(causedBy(refused, OptimisticLockException.class), "optimistic lock, got " + refused);
        assertEquals("Lock S.p.A. (first)", fixtures.client(client.getId()).getName());
    }

    @Test
    void aScopedListQueryReturnsOnlyTheClientsInScope() {
        Client mine = fixtures.newClient("Mine S.r.l.");
        Client theirs = fixtures.newClient("Theirs S.r.l.");
        fixtures.newCustomer(mine.getId(), "Anna", "Scoped", "02 1234 5678", Instant.now());
        fixtures.newCustomer(theirs.getId(), "Bruno", "Scoped", "06 1234 5678", Instant.now());

        Page<Customer> page = fixtures.customersWithin(ClientScope.only(Set.of(mine.getId())),
                PageRequest.of(0, 50).filteredBy("lastName", "scoped"));

        assertEquals(1, page.total());
        assertEquals("Anna", page.items().get(0).getFirstName());
        assertEquals(0, fixtures.customersWithin(ClientScope.only(Set.of()), PageRequest.of(0, 50)).total());
    }

    @Test
    void aListCountsOnlyWhenAskedAndReadsNoRowsForACount() {
        Client client = fixtures.newClient("Conta S.r.l.");
        fixtures.newCustomer(client.getId(), "Carla", "Contata", "02 2345 6789", Instant.now());
        fixtures.newCustomer(client.getId(), "Dario", "Contato", "02 3456 7890", Instant.now());
        ClientScope scope = ClientScope.only(Set.of(client.getId()));
        PageRequest both = new PageRequest(0, 1, "lastName", true, java.util.Map.of("lastName", "contat"));

        Page<Customer> counted = fixtures.customersWithin(scope, new PageRequest(0, 1, "lastName", true, both.filters(), PageRequest.Total.COUNT));
        Page<Customer> rows = fixtures.customersWithin(scope, new PageRequest(1, 1, "lastName", true, both.filters(), PageRequest.Total.ROWS));

        assertEquals(2, counted.total());
        assertTrue(counted.items().isEmpty(), "a count reads no rows");
        assertEquals(-1, rows.total(), "rows only: not counted");
        assertEquals("Dario", rows.items().get(0).getFirstName());
        assertEquals(2, fixtures.customersWithin(scope, both).total());
    }

    @Test
    void italianHolidaysAreKnownInsideTheServer() {
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 12, 25)));
        assertTrue(ItalianHolidays.isHoliday(LocalDate.of(2026, 4, 6)), "Easter Monday 2026");
        assertFalse(ItalianHolidays.isHoliday(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void resolvedTicketsCloseThemselvesAfterTheQuietPeriod() {
        Client client = fixtures.newClient("Quiete S.r.l.");
        Customer customer = fixtures.newCustomer(client.getId(), "Rita", "Quieta", "02 8765 4321", Instant.now());
        Instant now = Instant.now();
        Long old = fixtures.resolvedTicket(customer.getId(), now.minus(java.time.Duration.ofDays(8))).getId();
        Long recent = fixtures.resolvedTicket(customer.getId(), now.minus(java.time.Duration.ofDays(2))).getId();

        tickets.closeResolvedBefore(now.minus(java.time.Duration.ofDays(7)));

        assertEquals(it.cuffia.ticketing.domain.TicketState.CLOSED, fixtures.ticket(old).getState());
        assertEquals(it.cuffia.ticketing.domain.TicketState.RESOLVED, fixtures.ticket(recent).getState());
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
        }
        return false;
    }
}
