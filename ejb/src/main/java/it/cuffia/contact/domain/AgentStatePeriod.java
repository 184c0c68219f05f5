package it.cuffia.contact.domain;

import it.cuffia.identity.domain.AppUser;
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
import java.time.Instant;

/** An agent in one state from a moment to the next change (open while it lasts). */
@Entity
@Table(name = "agent_state_period")
public class AgentStatePeriod extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AgentState state;

    /** Why a pause: break, training, meeting… */
    @Column(length = 80)
    private String reason;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected AgentStatePeriod() {
    }

    public AgentStatePeriod(AppUser agent, AgentState state, String reason, Instant startedAt) {
        if (state == AgentState.PAUSED && (reason == null || reason.isBlank())) {
            throw new DomainException("agentState.pause.reason");
        }
        if (state == AgentState.LOGGED_OUT) {
            throw new DomainException("agentState.loggedOut.notAPeriod");
        }
        this.agent = agent;
        this.state = state;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.startedAt = startedAt;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at.isBefore(startedAt) ? startedAt : at;
        }
    }

    public Duration length(Instant now) {
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public AppUser getAgent() { return agent; }
    public AgentState getState() { return state; }
    public String getReason() { return reason; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
}
