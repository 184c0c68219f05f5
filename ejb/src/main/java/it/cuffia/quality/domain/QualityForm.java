package it.cuffia.quality.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An evaluation form of a client, for all its interactions or only for one campaign or one ticket category.
 * Versioned like a script ({@code it.cuffia.scripts.domain.Script}): an evaluation keeps the version it was scored
 * against, so a version some evaluation uses never changes again; editing then starts a new version, a copy of
 * the latest, and new evaluations use the latest.
 */
@Entity
@Table(name = "quality_form")
public class QualityForm extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_category", length = 20)
    private TicketCategory ticketCategory;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<FormVersion> versions = new ArrayList<>();

    protected QualityForm() {
    }

    /** A form for the client's interactions, or only those of {@code campaign} or of tickets of {@code category} (not both). */
    public QualityForm(Client client, Campaign campaign, TicketCategory category, String name, String by, Instant at) {
        if (client == null) {
            throw new DomainException("quality.form.clientRequired");
        }
        if (campaign != null && category != null) {
            throw new DomainException("quality.form.oneTarget");
        }
        if (campaign != null && !campaign.getClient().getId().equals(client.getId())) {
            throw new DomainException("quality.form.campaignOfClient");
        }
        this.client = client;
        this.campaign = campaign;
        this.ticketCategory = category;
        this.createdAt = at;
        rename(name);
        versions.add(new FormVersion(this, 1, by, at));
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("quality.form.nameRequired");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new DomainException("quality.form.nameTooLong", NAME_MAX);
        }
        this.name = name.strip();
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public FormVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public FormVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new DomainException("quality.form.version.unknown", number));
    }

    /**
     * The version an edit changes: the latest while no evaluation uses it, otherwise a new version copied from
     * it (the evaluations keep theirs).
     *
     * @param latestInUse whether some evaluation was scored against the latest version
     */
    public FormVersion editable(boolean latestInUse, String by, Instant at) {
        if (!latestInUse) {
            return latest();
        }
        FormVersion next = latest().copyAs(latest().getNumber() + 1, by, at);
        versions.add(next);
        return next;
    }

    /** How well this form fits an interaction: its campaign 3, its ticket category 2, the client's general form 1, none 0. */
    public int fit(Long campaignId, TicketCategory category) {
        if (campaign != null) {
            return campaign.getId().equals(campaignId) ? 3 : 0;
        }
        if (ticketCategory != null) {
            return ticketCategory == category ? 2 : 0;
        }
        return 1;
    }

    public Client getClient() { return client; }
    public Campaign getCampaign() { return campaign; }
    public TicketCategory getTicketCategory() { return ticketCategory; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public List<FormVersion> getVersions() { return List.copyOf(versions); }
}
