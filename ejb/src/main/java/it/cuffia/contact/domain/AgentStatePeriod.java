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

    /** Why a pause: break, training, meeting… (the pause code's label, or a reason typed by a supervisor) */
    @Column(length = 80)
    private String reason;

    /** The client's pause code the agent chose; null for a pause with a typed reason and for other states. */
    @ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @JoinColumn(name = "pause_code_id")
    private PauseCode pauseCode;

    /** Why the state changed when the suite changed it, not the agent or a call (null otherwise). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Cause cause;

    /** What made the suite change an agent's state by itself. */
    public enum Cause {
        /** The client's longest wrap-up passed: the agent was made available. */
        WRAP_UP_TIMEOUT
    }

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

    /** A pause for one of the client's pause codes: its Italian label is the reason the board and reports read. */
    public static AgentStatePeriod paused(AppUser agent, PauseCode code, Instant startedAt) {
        if (code == null || !code.isActive()) {
            throw new DomainException("agentState.pause.reason");
        }
        AgentStatePeriod period = new AgentStatePeriod(agent, AgentState.PAUSED, code.getLabelIt(), startedAt);
        period.pauseCode = code;
        return period;
    }

    /** How this period counts in logged and occupied time when it is a pause (its code's flags; a plain pause without). */
    public PauseTime pauseTime() {
        return pauseCode == null ? PauseTime.PLAIN : pauseCode.time();
    }

    /** Records why the suite began this period. */
    public AgentStatePeriod because(Cause why) {
        this.cause = why;
        return this;
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
    public PauseCode getPauseCode() { return pauseCode; }
    public Cause getCause() { return cause; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
}
