package it.cuffia.crm.application;

import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** Client companies: everybody sees the ones in their scope; only admins change them. */
@Stateless
public class ClientService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    public Page<Client> page(PageRequest request) {
        Caller caller = callers.caller();
        return PagedQuery.of(em, Client.class)
                .searchable("code", "code")
                .searchable("name", "name")
                .field("vatNumber", "vatNumber")
                .field("active", "active")
                .where(Tenancy.within(caller.scope(), ""))
                .orderBy("name")
                .run(request);
    }

    /** Active clients of the caller's scope, for choosing one in a form. */
    public List<Client> choosable() {
        Caller caller = callers.caller();
        return Tenancy.bind(em.createQuery("select c from Client c where c.active = true and " + Tenancy.jpql(caller.scope(), "c.id")
                        + " order by c.name", Client.class), caller.scope())
                .getResultList();
    }

    public Client get(Long id) {
        Caller caller = callers.caller();
        Client client = em.find(Client.class, id);
        if (client == null || !caller.scope().allows(id)) {
            throw new NotFoundException("client", id);
        }
        return client;
    }

    public Client create(Client client) {
        callers.caller().require(Role.ADMIN);
        ensureCodeFree(client.getCode(), null);
        ensureVatNumberFits(client.getVatNumber(), null);
        if (client.getBusinessHours().isEmpty()) {
            client.replaceBusinessHours(Client.officeWeek());
        }
        em.persist(client);
        return client;
    }

    /** Saves name, VAT number, e-mail, service-level threshold and code of a client edited in a form. */
    public Client update(Long id, long version, Client edited) {
        callers.caller().require(Role.ADMIN);
        Client stored = get(id);
        if (stored.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        ensureCodeFree(edited.getCode(), id);
        if (!java.util.Objects.equals(stored.getVatNumber(), edited.getVatNumber())) {
            ensureVatNumberFits(edited.getVatNumber(), id); // a number stored before the check came stays until changed
        }
        stored.setCode(edited.getCode());
        stored.setName(edited.getName());
        stored.setVatNumber(edited.getVatNumber());
        stored.setEmail(edited.getEmail());
        stored.setServiceLevelSeconds(edited.getServiceLevelSeconds());
        return stored;
    }

    public Client replaceBusinessHours(Long id, List<BusinessHours> hours) {
        callers.caller().require(Role.ADMIN);
        Client client = get(id);
        client.replaceBusinessHours(hours);
        return client;
    }

    public Client addClosure(Long id, LocalDate date, String description) {
        callers.caller().require(Role.ADMIN);
        Client client = get(id);
        client.addClosure(date, description);
        return client;
    }

    public Client removeClosure(Long id, LocalDate date) {
        callers.caller().require(Role.ADMIN);
        Client client = get(id);
        client.removeClosure(date);
        return client;
    }

    public Client setActive(Long id, boolean active) {
        callers.caller().require(Role.ADMIN);
        Client client = get(id);
        if (active) client.activate(); else client.deactivate();
        return client;
    }

    /** A VAT number (optional) has its check digit and belongs to no other client: one company, one client. */
    private void ensureVatNumberFits(String vatNumber, Long exceptId) {
        if (vatNumber == null || !vatNumber.matches("\\d{11}")) {
            return; // absent, or not eleven digits: Bean Validation's message says so
        }
        if (!it.cuffia.crm.domain.VatNumber.isValid(vatNumber)) {
            throw new DomainException("client.vatNumber.checkDigit", vatNumber);
        }
        em.createQuery("select c from Client c where c.vatNumber = :v", Client.class).setParameter("v", vatNumber).getResultStream()
                .filter(other -> !other.getId().equals(exceptId)).findFirst()
                .ifPresent(other -> {
                    throw new DomainException("client.vatNumber.taken", vatNumber, other.getName());
                });
    }

    private void ensureCodeFree(String code, Long exceptId) {
        boolean taken = em.createQuery("select c.id from Client c where c.code = :code", Long.class)
                .setParameter("code", code).getResultStream().anyMatch(id -> !id.equals(exceptId));
        if (taken) {
            throw new DomainException("client.code.taken", code);
        }
    }
}
