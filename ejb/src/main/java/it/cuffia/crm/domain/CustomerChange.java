package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ChangeRecord;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.Embedded;
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

    @Embedded
    private ChangeRecord change;

    protected CustomerChange() {
    }

    public CustomerChange(Customer customer, Instant changedAt, String changedBy, CustomerSnapshot.FieldChange change) {
        this.customer = customer;
        this.change = new ChangeRecord(changedAt, changedBy, change.field(), change.oldValue(), change.newValue());
    }

    public Text getFieldText() { return CustomerSnapshot.fieldText(change.getField()); }
    public Text getOldText() { return CustomerSnapshot.valueText(change.getField(), change.getOldValue()); }
    public Text getNewText() { return CustomerSnapshot.valueText(change.getField(), change.getNewValue()); }

    public Customer getCustomer() { return customer; }
    public ChangeRecord getChange() { return change; }
}
