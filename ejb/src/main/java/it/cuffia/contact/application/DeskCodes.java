package it.cuffia.contact.application;

import it.cuffia.contact.domain.Disposition;
import it.cuffia.contact.domain.PauseCode;
import it.cuffia.contact.domain.WrapUpPolicy;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * A client's lists for the agent's desktop (pause codes, inbound dispositions) and its wrap-up rules: kept by
 * the admin, offered to the agents who work for the client.
 */
@Stateless
public class DeskCodes {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    public List<PauseCode> pauseCodesOf(Long clientId) {
        callers.caller().require(Role.ADMIN);
        return em.createNamedQuery(PauseCode.OF_CLIENT, PauseCode.class).setParameter("client", clientId).getResultList();
    }

    public List<Disposition> dispositionsOf(Long clientId) {
        callers.caller().require(Role.ADMIN);
        return em.createNamedQuery(Disposition.OF_CLIENT, Disposition.class).setParameter("client", clientId).getResultList();
    }

    /** A new pause code ({@code id} null) or a changed one; a client's codes are unique. */
    public PauseCode savePauseCode(Long id, Long clientId, String code, String labelIt, String labelEn, boolean paid,
                                   boolean productive, boolean active) {
        callers.caller().require(Role.ADMIN);
        Client client = client(clientId);
        if (id == null) {
            requireFree(PauseCode.CODED, clientId, code);
            PauseCode created = new PauseCode(client, code, labelIt, labelEn, paid, productive, active);
            em.persist(created);
            return created;
        }
        PauseCode existing = em.find(PauseCode.class, id);
        if (existing == null || !existing.getClient().equals(client)) {
            throw new NotFoundException("pauseCode", id);
        }
        existing.change(labelIt, labelEn, paid, productive, active);
        return existing;
    }

    /** A new disposition ({@code id} null) or a changed one; a client's codes are unique. */
    public Disposition saveDisposition(Long id, Long clientId, String code, String labelIt, String labelEn, boolean active) {
        callers.caller().require(Role.ADMIN);
        Client client = client(clientId);
        if (id == null) {
            requireFree(Disposition.CODED, clientId, code);
            Disposition created = new Disposition(client, code, labelIt, labelEn, active);
            em.persist(created);
            return created;
        }
        Disposition existing = em.find(Disposition.class, id);
        if (existing == null || !existing.getClient().equals(client)) {
            throw new NotFoundException("disposition", id);
        }
        existing.change(labelIt, labelEn, active);
        return existing;
    }

    /** The client's wrap-up rules (the defaults, unsaved, where it set none). */
    public WrapUpPolicy policyOf(Long clientId) {
        return em.createNamedQuery(WrapUpPolicy.OF_CLIENT, WrapUpPolicy.class).setParameter("client", clientId)
                .getResultStream().findFirst().orElseGet(WrapUpPolicy::none);
    }

    public WrapUpPolicy savePolicy(Long clientId, boolean outcomeRequired, boolean notesRequired, Integer maxSeconds) {
        callers.caller().require(Role.ADMIN);
        Client client = client(clientId);
        WrapUpPolicy policy = em.createNamedQuery(WrapUpPolicy.OF_CLIENT, WrapUpPolicy.class).setParameter("client", clientId)
                .getResultStream().findFirst().orElse(null);
        if (policy == null) {
            policy = new WrapUpPolicy(client, outcomeRequired, notesRequired, maxSeconds);
            em.persist(policy);
        } else {
            policy.change(outcomeRequired, notesRequired, maxSeconds);
        }
        return policy;
    }

    /**
     * The pause codes the calling agent may choose: the active ones of every client they work for, by client.
     * An agent serving two clients pauses for the one whose code they choose (each client pays its own pauses).
     */
    public List<PauseCode> offeredToMe() {
        Caller caller = callers.caller();
        caller.require(Role.AGENT);
        Set<Long> clients = caller.scope().all()
                ? Set.copyOf(em.createQuery("select c.id from Client c where c.active = true", Long.class).getResultList())
                : caller.scope().clientIds();
        if (clients.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(PauseCode.OFFERED, PauseCode.class).setParameter("clients", clients).getResultList();
    }

    /** The active dispositions of a call's client, for its wrap-up. */
    public List<Disposition> activeDispositionsOf(Long clientId) {
        Caller caller = callers.caller();
        caller.requireClient(clientId);
        return em.createNamedQuery(Disposition.ACTIVE_OF_CLIENT, Disposition.class).setParameter("client", clientId).getResultList();
    }

    private void requireFree(String namedQuery, Long clientId, String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!em.createNamedQuery(namedQuery).setParameter("client", clientId).setParameter("code", normalized).getResultList().isEmpty()) {
            throw new DomainException("clientCode.code.taken", normalized);
        }
    }

    private Client client(Long clientId) {
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        return client;
    }
}
