package it.cuffia.quality.application;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.quality.domain.FormVersion;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.quality.domain.QualityItem;
import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.infrastructure.PagedQuery;
import it.cuffia.shared.infrastructure.Tenancy;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluation forms: admins write them, supervisors read them (to evaluate). Every edit goes to
 * {@link QualityForm#editable}: the latest version while no evaluation uses it, a new version otherwise.
 */
@Stateless
public class QualityForms {

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    public Page<QualityForm> page(PageRequest request) {
        Caller caller = staff();
        return PagedQuery.of(em, QualityForm.class)
                .searchable("name", "name")
                .searchable("clientName", "client.name")
                .field("active", "active")
                .where(Tenancy.within(caller.scope(), "client"))
                .orderBy("name")
                .run(request);
    }

    public QualityForm get(Long id) {
        Caller caller = staff();
        QualityForm form = id == null ? null : em.find(QualityForm.class, id);
        if (form == null || !caller.scope().allows(form.getClient().getId())) {
            throw new NotFoundException("qualityForm", id);
        }
        return form;
    }

    /** A new form with an empty version 1, for the client, or one campaign of it, or one ticket category of it. */
    public QualityForm create(Long clientId, Long campaignId, TicketCategory category, String name) {
        Caller caller = admin();
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        if (client == null || !caller.scope().allows(client.getId())) {
            throw new DomainException("quality.form.clientRequired");
        }
        Campaign campaign = campaignId == null ? null : em.find(Campaign.class, campaignId);
        QualityForm form = new QualityForm(client, campaign, category, name, caller.username(), clock.instant());
        em.persist(form);
        return form;
    }

    public QualityForm rename(Long id, long version, String name) {
        admin();
        QualityForm form = get(id);
        if (form.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        form.rename(name);
        return flushed(form);
    }

    /** An inactive form is not offered for new evaluations; its evaluations stay. */
    public QualityForm activate(Long id, boolean active) {
        admin();
        QualityForm form = get(id);
        form.activate(active);
        return flushed(form);
    }

    public QualityForm addItem(Long id, QualityItem.ItemData data) {
        QualityForm form = editing(id);
        editable(form).addItem(data);
        return flushed(form);
    }

    public QualityForm changeItem(Long id, int position, QualityItem.ItemData data) {
        QualityForm form = editing(id);
        editable(form).changeItem(position, data);
        return flushed(form);
    }

    public QualityForm removeItem(Long id, int position) {
        QualityForm form = editing(id);
        editable(form).removeItem(position);
        return flushed(form);
    }

    public QualityForm moveItem(Long id, int position, int delta) {
        QualityForm form = editing(id);
        editable(form).moveItem(position, delta);
        return flushed(form);
    }

    /** How many evaluations were scored against this version. */
    public long evaluationsOf(FormVersion version) {
        staff();
        return used(version);
    }

    /**
     * The active forms that fit an interaction, best first: the campaign's, then its ticket category's (the
     * ticket opened in it), then the client's general ones. Only forms with at least one item.
     */
    public List<QualityForm> formsFor(Interaction interaction, TicketCategory category) {
        staff();
        Long campaignId = interaction.getCampaign() == null ? null : interaction.getCampaign().getId();
        return em.createQuery("select f from QualityForm f where f.client = :c and f.active = true order by f.name", QualityForm.class)
                .setParameter("c", interaction.getClient()).getResultList().stream()
                .filter(f -> f.fit(campaignId, category) > 0 && !f.latest().getItems().isEmpty())
                .sorted(Comparator.comparingInt((QualityForm f) -> -f.fit(campaignId, category)))
                .toList();
    }

    /** The campaigns a form may be for: those of the caller's clients. */
    public List<Campaign> campaigns(Long clientId) {
        Caller caller = admin();
        if (clientId == null || !caller.scope().allows(clientId)) {
            return List.of();
        }
        return em.createQuery("select c from Campaign c where c.client.id = :c order by c.name", Campaign.class)
                .setParameter("c", clientId).getResultList();
    }

    private FormVersion editable(QualityForm form) {
        return form.editable(used(form.latest()) > 0, callers.caller().username(), clock.instant());
    }

    private long used(FormVersion version) {
        if (version.getId() == null) {
            return 0;
        }
        return em.createQuery("select count(e) from Evaluation e where e.formVersion = :v", Long.class)
                .setParameter("v", version).getSingleResult();
    }

    private QualityForm editing(Long id) {
        admin();
        return get(id);
    }

    private QualityForm flushed(QualityForm form) {
        em.flush();
        return form;
    }

    private Caller admin() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN);
        return caller;
    }

    private Caller staff() {
        Caller caller = callers.caller();
        caller.require(Role.ADMIN, Role.SUPERVISOR);
        return caller;
    }
}
