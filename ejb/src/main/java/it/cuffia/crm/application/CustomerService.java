package it.cuffia.crm.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.CustomerChange;
import it.cuffia.crm.domain.CustomerPhone;
import it.cuffia.crm.domain.CustomerSnapshot;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Customers of the client companies. Every change is kept as history (who, when, field,
 * old → new); the caller only ever reaches customers of the clients in their scope.
 */
@Stateless
public class CustomerService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    public Page<Customer> page(PageRequest request) {
        Caller caller = callers.caller();
        return PagedQuery.of(em, Customer.class)
                .searchable("lastName", "lastName")
                .searchable("firstName", "firstName")
                .searchable("email", "email")
                .searchable("city", "address.city")
                .field("province", "address.province")
                .field("client", "client.name")
                // the list screen names its columns by the row's own property paths: PrimeFaces reads them too
                .field("address.city", "address.city")
                .field("address.province", "address.province")
                .field("client.name", "client.name")
                .field("clientId", "client.id")
                .field("active", "active")
                .search((cb, root, query, text) -> PhoneNumber.searchTerm(text).map(phone -> hasNumber(cb, root, query, phone)))
                .where(Tenancy.within(caller.scope(), "client"))
                .batchFetch("phones")
                .orderBy("lastName")
                .run(request);
    }

    public Customer get(Long id) {
        Caller caller = callers.caller();
        Customer customer = em.find(Customer.class, id);
        if (customer == null || !caller.scope().allows(customer.getClient().getId())) {
            throw new NotFoundException("customer", id);
        }
        return customer;
    }

    /** Customers of the caller's clients with this number, whatever way it was typed. */
    public List<Customer> findByPhone(String typedNumber) {
        Caller caller = callers.caller();
        PhoneNumber phone = PhoneNumber.parse(typedNumber);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Customer> query = cb.createQuery(Customer.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(customer)
                .where(hasNumber(cb, customer, query, phone), Tenancy.<Customer>within(caller.scope(), "client").apply(cb, customer))
                .orderBy(cb.asc(customer.get("lastName")), cb.asc(customer.get("id")));
        return em.createQuery(query).getResultList();
    }

    /** The customer has this number among theirs: one look-up in the index of customer_phone.number. */
    private static Predicate hasNumber(CriteriaBuilder cb, Root<Customer> customer, AbstractQuery<?> query, PhoneNumber phone) {
        Subquery<Long> owners = query.subquery(Long.class);
        Root<CustomerPhone> number = owners.from(CustomerPhone.class);
        owners.select(number.get("customer").get("id")).where(cb.equal(number.get("number"), phone.e164()));
        return customer.get("id").in(owners);
    }

    public Customer create(Long clientId, @Valid CustomerData data, List<String> phones) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR, Role.AGENT);
        caller.requireClient(clientId);
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        Customer customer = new Customer(client, data.getFirstName(), data.getLastName());
        data.applyTo(customer);
        phones.stream().filter(p -> p != null && !p.isBlank()).map(PhoneNumber::parse).forEach(customer::addPhone);
        em.persist(customer);
        record(customer, CustomerSnapshot.of(new Customer(client, null, null)), caller);
        return customer;
    }

    public Customer update(Long id, long version, @Valid CustomerData data) {
        return change(id, version, data::applyTo);
    }

    public Customer addPhone(Long id, long version, String typedNumber) {
        PhoneNumber phone = PhoneNumber.parse(typedNumber);
        return change(id, version, c -> c.addPhone(phone));
    }

    public Customer removePhone(Long id, long version, String e164) {
        return change(id, version, c -> c.removePhone(e164));
    }

    public Customer stateConsent(Long id, long version, ConsentPurpose purpose, boolean given, String source) {
        Instant now = clock.instant();
        return change(id, version, c -> {
            if (given) c.giveConsent(purpose, now, source); else c.withdrawConsent(purpose, now, source);
        });
    }

    public Customer setActive(Long id, long version, boolean active) {
        return change(id, version, c -> {
            if (active) c.activate(); else c.deactivate();
        });
    }

    public Page<CustomerChange> history(Long customerId, PageRequest request) {
        Customer customer = get(customerId);
        return PagedQuery.of(em, CustomerChange.class)
                .field("field", "change.field")
                .field("changedBy", "change.changedBy")
                .field("changedAt", "change.changedAt")
                .where((cb, root) -> cb.equal(root.get("customer"), customer))
                .run(request.sortedByDefault("changedAt", false));
    }

    /** Applies one edit under optimistic locking and writes one history row per changed field. */
    private Customer change(Long id, long version, Consumer<Customer> edit) {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR, Role.AGENT);
        Customer customer = get(id);
        if (customer.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        CustomerSnapshot before = CustomerSnapshot.of(customer);
        edit.accept(customer);
        record(customer, before, caller);
        em.flush();
        return customer;
    }

    private void record(Customer customer, CustomerSnapshot before, Caller caller) {
        Instant now = clock.instant();
        before.changesTo(CustomerSnapshot.of(customer))
                .forEach(change -> em.persist(new CustomerChange(customer, now, caller.username(), change)));
    }
}
