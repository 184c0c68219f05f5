package it.cuffia.it;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.domain.ClientScope;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Small builders and lookups for in-server tests; each call is its own transaction. */
@Stateless
public class TestFixtures {

    /** The production unit is private to the EJB module; tests map the same entities (test-persistence.xml). */
    @PersistenceContext(unitName = "cuffia-test")
    private EntityManager em;

    public Client newClient(String name) {
        Client client = new Client(("T" + UUID.randomUUID().toString().replace("-", "")).substring(0, 12).toUpperCase(), name);
        client.replaceBusinessHours(Client.officeWeek());
        em.persist(client);
        return client;
    }

    public Customer newCustomer(Long clientId, String first, String last, String phone, Instant consentAt) {
        Customer customer = new Customer(em.find(Client.class, clientId), first, last);
        customer.addPhone(PhoneNumber.parse(phone));
        customer.giveConsent(ConsentPurpose.MARKETING, consentAt, "test");
        em.persist(customer);
        return customer;
    }

    public Customer customer(Long id) {
        Customer customer = em.find(Customer.class, id);
        customer.getPhones().size();
        customer.getConsents().size();
        return customer;
    }

    public Client client(Long id) {
        return em.find(Client.class, id);
    }

    /** Writes a detached client back: the optimistic lock must refuse a stale copy. */
    public Client merge(Client detached) {
        Client merged = em.merge(detached);
        em.flush();
        return merged;
    }

    public List<Object[]> flywayHistory() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select version, success from flyway_schema_history order by installed_rank")
                .getResultList();
        return rows;
    }

    public Page<Customer> customersWithin(ClientScope scope, PageRequest request) {
        return PagedQuery.of(em, Customer.class)
                .searchable("lastName", "lastName")
                .field("client", "client.name")
                .where(Tenancy.within(scope, "client"))
                .orderBy("lastName")
                .run(request);
    }

    public long countCustomersOf(Long clientId) {
        return em.createQuery("select count(c) from Customer c where c.client.id = :id", Long.class)
                .setParameter("id", clientId).getSingleResult();
    }

    /** A ticket resolved at the given instant, by an agent of the demo data. */
    public it.cuffia.ticketing.domain.Ticket resolvedTicket(Long customerId, Instant resolvedAt) {
        Customer customer = em.find(Customer.class, customerId);
        it.cuffia.identity.domain.AppUser agent = em.createQuery("select u from AppUser u where u.username = 'operatore01'",
                it.cuffia.identity.domain.AppUser.class).getSingleResult();
        it.cuffia.ticketing.domain.Ticket ticket = it.cuffia.ticketing.domain.Ticket.open(customer,
                it.cuffia.ticketing.domain.TicketCategory.INFORMATION, it.cuffia.ticketing.domain.Priority.LOW,
                it.cuffia.contact.domain.Channel.EMAIL, "Richiesta orari", null,
                it.cuffia.ticketing.domain.SlaTarget.standard(customer.getClient(), it.cuffia.ticketing.domain.TicketCategory.INFORMATION,
                        it.cuffia.ticketing.domain.Priority.LOW), "operatore01", resolvedAt.minusSeconds(3600));
        ticket.take(agent, resolvedAt.minusSeconds(1800));
        ticket.resolve("INFO_FORNITE", "operatore01", resolvedAt);
        em.persist(ticket);
        return ticket;
    }

    public it.cuffia.ticketing.domain.Ticket ticket(Long id) {
        return em.find(it.cuffia.ticketing.domain.Ticket.class, id);
    }
}
