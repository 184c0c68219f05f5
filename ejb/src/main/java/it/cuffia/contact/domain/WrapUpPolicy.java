package it.cuffia.contact.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A client's rules for the wrap-up (post-chiamata) of its inbound calls: whether the agent must choose a
 * disposition and write notes, and the longest a wrap-up may last before the agent is made available again
 * (none: as long as the agent needs). A client without a policy has {@link #NONE}'s rules.
 */
@Entity
@Table(name = "wrap_up_policy")
@NamedQuery(name = WrapUpPolicy.OF_CLIENT, query = "select w from WrapUpPolicy w where w.client.id = :client")
public class WrapUpPolicy extends AbstractEntity {

    public static final String OF_CLIENT = "WrapUpPolicy.ofClient";
    public static final int MIN_SECONDS = 5;
    public static final int MAX_SECONDS = 3600;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "outcome_required", nullable = false)
    private boolean outcomeRequired;

    @Column(name = "notes_required", nullable = false)
    private boolean notesRequired;

    @Column(name = "max_seconds")
    private Integer maxSeconds;

    protected WrapUpPolicy() {
    }

    public WrapUpPolicy(Client client, boolean outcomeRequired, boolean notesRequired, Integer maxSeconds) {
        this.client = client;
        change(outcomeRequired, notesRequired, maxSeconds);
    }

    /** The rules of a client that set none: nothing required, no limit. */
    public static WrapUpPolicy none() {
        return new WrapUpPolicy(null, false, false, null);
    }

    public final void change(boolean outcomeRequired, boolean notesRequired, Integer maxSeconds) {
        if (maxSeconds != null && (maxSeconds < MIN_SECONDS || maxSeconds > MAX_SECONDS)) {
            throw new DomainException("wrapUp.max.range", MIN_SECONDS, MAX_SECONDS);
        }
        this.outcomeRequired = outcomeRequired;
        this.notesRequired = notesRequired;
        this.maxSeconds = maxSeconds;
    }

    /** What the agent wrote and chose is enough for this client: else the first thing missing is said. */
    public void check(Disposition disposition, String notes) {
        if (outcomeRequired && disposition == null) {
            throw new DomainException("wrapUp.outcome.required");
        }
        if (notesRequired && (notes == null || notes.isBlank())) {
            throw new DomainException("wrapUp.notes.required");
        }
    }

    /** When a wrap-up that began at {@code start} ends by itself; empty without a limit. */
    public Optional<Instant> deadline(Instant start) {
        return maxSeconds == null ? Optional.empty() : Optional.of(start.plus(Duration.ofSeconds(maxSeconds)));
    }

    /** A wrap-up that began at {@code start} has lasted as long as it may. */
    public boolean isOverdue(Instant start, Instant now) {
        return deadline(start).map(d -> !now.isBefore(d)).orElse(false);
    }

    public Client getClient() { return client; }
    public boolean isOutcomeRequired() { return outcomeRequired; }
    public boolean isNotesRequired() { return notesRequired; }
    public Integer getMaxSeconds() { return maxSeconds; }
}
