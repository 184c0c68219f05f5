package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One statement of a customer about one purpose: given or withdrawn, when, and where it came
 * from. Statements are never edited; the latest per purpose is the one in force.
 */
@Entity
@Table(name = "consent")
public class Consent extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentPurpose purpose;

    @Column(nullable = false)
    private boolean given;

    @Column(name = "stated_at", nullable = false)
    private Instant statedAt;

    /** Where the statement was collected: "call", "web form", "signed contract", "CSV import"… */
    @Column(nullable = false, length = 80)
    private String source;

    protected Consent() {
    }

    Consent(Customer customer, ConsentPurpose purpose, boolean given, Instant statedAt, String source) {
        this.customer = customer;
        this.purpose = purpose;
        this.given = given;
        this.statedAt = statedAt;
        this.source = it.cuffia.shared.domain.PlainText.line(source, "consent.source", 80);
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public boolean isGiven() {
        return given;
    }

    public Instant getStatedAt() {
        return statedAt;
    }

    public String getSource() {
        return source;
    }
}
