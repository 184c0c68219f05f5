package it.cuffia.scripts.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The script of one campaign, or of one ticket category of a client. Its versions are numbered;
 * the pinned one is what agents follow (a new published version is pinned when none is, and an
 * admin can pin an earlier one back).
 */
@Entity
@Table(name = "script")
public class Script extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false, length = 120)
    private String name;

    @ManyToOne
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(name = "ticket_category", length = 20)
    private TicketCategory ticketCategory;

    @ManyToOne
    @JoinColumn(name = "pinned_version_id")
    private ScriptVersion pinnedVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_step_number", nullable = false)
    private int nextStepNumber = 1;

    @OneToMany(mappedBy = "script", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ScriptVersion> versions = new ArrayList<>();

    protected Script() {
    }

    private Script(Client client, String name, Campaign campaign, TicketCategory category, String by, Instant at) {
        this.client = client;
        this.campaign = campaign;
        this.ticketCategory = category;
        this.createdAt = at;
        rename(name);
        versions.add(new ScriptVersion(this, 1, by, at));
    }

    public static Script forCampaign(Campaign campaign, String name, String by, Instant at) {
        return new Script(campaign.getClient(), name, campaign, null, by, at);
    }

    public static Script forCategory(Client client, TicketCategory category, String name, String by, Instant at) {
        if (category == null) {
            throw new DomainException("script.purposeRequired");
        }
        return new Script(client, name, null, category, by, at);
    }

    public void rename(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("script.nameRequired");
        }
        if (name.strip().length() > 120) {
            throw new DomainException("script.nameTooLong");
        }
        this.name = name.strip();
    }

    /** The outcomes an end step may name: those of the campaign's type, or the inbound ones. */
    public Set<String> allowedOutcomes() {
        if (campaign != null) {
            return Arrays.stream(Outcome.values()).filter(o -> o.fits(campaign.getType())).map(Enum::name)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return Arrays.stream(InboundOutcome.values()).map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Optional<ScriptVersion> draft() {
        return versions.stream().filter(v -> !v.isPublished()).findFirst();
    }

    public ScriptVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new DomainException("script.version.unknown", number));
    }

    public ScriptVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** Editing a published script starts a new draft, a copy of the latest version. */
    public ScriptVersion newDraft(String by, Instant at) {
        if (draft().isPresent()) {
            throw new DomainException("script.draft.exists", draft().get().getNumber());
        }
        ScriptVersion draft = latest().copyAsDraft(latest().getNumber() + 1, by, at);
        versions.add(draft);
        return draft;
    }

    public ScriptVersion publish(Set<Long> surveyQuestions, String by, Instant at) {
        ScriptVersion draft = draft().orElseThrow(() -> new DomainException("script.draft.none"));
        draft.publish(surveyQuestions, by, at);
        if (pinnedVersion == null) {
            pinnedVersion = draft;
        }
        return draft;
    }

    public void pin(int number) {
        ScriptVersion version = version(number);
        if (!version.isPublished()) {
            throw new DomainException("script.pin.draft", number);
        }
        pinnedVersion = version;
    }

    /** Keys are never reused, so a private note never lands on a different step. */
    String nextStepKey() {
        return "s" + nextStepNumber++;
    }

    public Client getClient() { return client; }
    public String getName() { return name; }
    public Campaign getCampaign() { return campaign; }
    public TicketCategory getTicketCategory() { return ticketCategory; }
    public ScriptVersion getPinnedVersion() { return pinnedVersion; }
    public Instant getCreatedAt() { return createdAt; }
    public List<ScriptVersion> getVersions() { return List.copyOf(versions); }
}
