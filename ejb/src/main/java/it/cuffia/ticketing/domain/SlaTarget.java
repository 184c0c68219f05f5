package it.cuffia.ticketing.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * A client's promise for one category and priority: first response and resolution within so
 * many minutes of its business hours.
 */
@Entity
@Table(name = "sla_target")
public class SlaTarget extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes", nullable = false)
    private int resolutionMinutes;

    protected SlaTarget() {
    }

    public SlaTarget(Client client, TicketCategory category, Priority priority, int firstResponseMinutes, int resolutionMinutes) {
        this.client = client;
        this.category = category;
        this.priority = priority;
        promise(firstResponseMinutes, resolutionMinutes);
    }

    /** New times for this promise: the first response never later than the resolution. */
    public final void promise(int firstResponseMinutes, int resolutionMinutes) {
        if (firstResponseMinutes <= 0 || resolutionMinutes < firstResponseMinutes) {
            throw new DomainException("sla.minutes.invalid", firstResponseMinutes, resolutionMinutes);
        }
        this.firstResponseMinutes = firstResponseMinutes;
        this.resolutionMinutes = resolutionMinutes;
    }

    /** What a client without its own target gets: the agency's standard promise per priority. */
    public static SlaTarget standard(Client client, TicketCategory category, Priority priority) {
        return switch (priority) {
            case URGENT -> new SlaTarget(client, category, priority, 30, 4 * 60);
            case HIGH -> new SlaTarget(client, category, priority, 60, 8 * 60);
            case NORMAL -> new SlaTarget(client, category, priority, 4 * 60, 3 * 8 * 60);
            case LOW -> new SlaTarget(client, category, priority, 8 * 60, 5 * 8 * 60);
        };
    }

    /**
     * This promise for a ticket that arrived by a channel the client promises a first response for: the sooner of
     * the two first responses (a channel's promise never makes an urgent ticket wait longer), the same resolution.
     * A copy for planning the deadlines, never stored.
     */
    public SlaTarget forChannel(java.util.Optional<Duration> channelFirstResponse) {
        if (channelFirstResponse.isEmpty() || channelFirstResponse.get().toMinutes() >= firstResponseMinutes) {
            return this;
        }
        return new SlaTarget(client, category, priority, (int) Math.max(1, channelFirstResponse.get().toMinutes()), resolutionMinutes);
    }

    public Duration firstResponse() { return Duration.ofMinutes(firstResponseMinutes); }
    public Duration resolution() { return Duration.ofMinutes(resolutionMinutes); }
    public Client getClient() { return client; }
    public TicketCategory getCategory() { return category; }
    public Priority getPriority() { return priority; }
    public int getFirstResponseMinutes() { return firstResponseMinutes; }
    public int getResolutionMinutes() { return resolutionMinutes; }
}
