package it.cuffia.identity.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the security audit log: when, what, whose account it concerns, who did it and from where.
 * Written in the transaction of the change it reports, so a change that rolls back leaves no line; never
 * changed afterwards.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends AbstractEntity {

    static final int TEXT_LENGTH = 200;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SecurityEventKind kind;

    /** The account concerned (for a failed login, the name typed, which may not exist). */
    @Column(length = 60)
    private String username;

    /** Who did it: the account itself, an admin, or nobody known yet (a login). */
    @Column(length = 60)
    private String actor;

    @Column(length = 45)
    private String address;

    @Column(length = TEXT_LENGTH)
    private String detail;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, SecurityEventKind kind, String username, String actor, String address, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, 60);
        this.actor = cut(actor, 60);
        this.address = cut(address, 45);
        this.detail = cut(detail, TEXT_LENGTH);
    }

    /** What an attacker types as a user name is kept, but never more than the column holds. */
    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public Instant getOccurredAt() { return occurredAt; }
    public SecurityEventKind getKind() { return kind; }
    public String getUsername() { return username; }
    public String getActor() { return actor; }
    public String getAddress() { return address; }
    public String getDetail() { return detail; }
}
