package it.cuffia.outbound.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.DoNotCallEntry;
import it.cuffia.outbound.domain.RpoCheck;
import it.cuffia.outbound.domain.RpoResultFile;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The internal do-not-call list and the results of checks against the Registro pubblico delle opposizioni. */
@Stateless
public class DoNotCallService {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    public Page<DoNotCallEntry> page(PageRequest request) {
        Caller caller = staff();
        return PagedQuery.of(em, DoNotCallEntry.class)
                .searchable("number", "number")
                .field("addedAt", "addedAt")
                .field("addedBy", "addedBy")
                .where((cb, root) -> {
                    if (caller.scope().all()) {
                        return cb.conjunction();
                    }
                    Predicate global = cb.isNull(root.get("client"));
                    return cb.or(global, root.get("client").get("id").in(caller.scope().clientIds()));
                })
                .orderBy("addedAt")
                .run(request);
    }

    /** Adds a number for one client, or for all when {@code clientId} is null (admins only). */
    public DoNotCallEntry add(Long clientId, String typedNumber, String reason) {
        Caller caller = staff();
        Client client = null;
        if (clientId == null) {
            caller.require(Role.ADMIN);
        } else {
            caller.requireClient(clientId);
            client = em.find(Client.class, clientId);
            if (client == null) {
                throw new NotFoundException("client", clientId);
            }
        }
        String number = PhoneNumber.parse(typedNumber).e164();
        // a global entry has no client to bind: the query then names no :c parameter at all
        var query = em.createQuery("select d.id from DoNotCallEntry d where d.number = :n and "
                + (client == null ? "d.client is null" : "d.client = :c"), Long.class).setParameter("n", number);
        if (client != null) {
            query.setParameter("c", client);
        }
        boolean present = !query.getResultList().isEmpty();
        if (present) {
            throw new DomainException("dnc.duplicate", number);
        }
        DoNotCallEntry entry = new DoNotCallEntry(client, number, reason, clock.instant(), caller.username());
        em.persist(entry);
        return entry;
    }

    public void remove(Long entryId) {
        staff().require(Role.ADMIN);
        DoNotCallEntry entry = em.find(DoNotCallEntry.class, entryId);
        if (entry == null) {
            throw new NotFoundException("doNotCall", entryId);
        }
        em.remove(entry);
    }

    /**
     * Stores the register's answers from its result file (number; check date; registered or not).
     * Bad rows are reported by line, good rows are stored; a number checked twice on one day keeps one answer.
     */
    public RpoResultFile.Report importRpo(byte[] content) {
        staff();
        RpoResultFile file = RpoResultFile.read(content, LocalDate.now(clock.withZone(it.cuffia.shared.domain.Zones.ROME)));
        Instant now = clock.instant();
        int stored = 0;
        // one delete per day and 500 numbers, then the new answers: a re-imported file replaces its rows
        for (Map.Entry<LocalDate, Map<String, Boolean>> day : file.answersByDay().entrySet()) {
            List<String> numbers = List.copyOf(day.getValue().keySet());
            for (int from = 0; from < numbers.size(); from += 500) {
                List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + 500));
                em.createQuery("delete from RpoCheck r where r.checkedOn = :d and r.number in :n")
                        .setParameter("d", day.getKey()).setParameter("n", chunk).executeUpdate();
                for (String number : chunk) {
                    em.persist(new RpoCheck(number, day.getKey(), day.getValue().get(number), now));
                    stored++;
                }
                em.flush();
                em.clear();
            }
        }
        return new RpoResultFile.Report(stored, file.rejected());
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
