package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of a customer's history: who changed which field, when, from what to what. */
@Entity
@Table(name = "customer_change")
public class CustomerChange extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(nullable = false, length = 40)
    private String field;

    @Column(name = "old_value", length = 400)
    private String oldValue;

    @Column(name = "new_value", length = 400)
    private String newValue;

    protected CustomerChange() {
    }

    public CustomerChange(Customer customer, Instant changedAt, String changedBy, CustomerSnapshot.FieldChange change) {
        this.customer = customer;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public Customer getCustomer() { return customer; }
    public Instant getChangedAt() { return changedAt; }
    public String getChangedBy() { return changedBy; }
    public String getField() { return field; }
    public String getOldValue() { return oldValue; }
    public String getNewValue() { return newValue; }
}
