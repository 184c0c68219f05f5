package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of a customer's numbers, stored in E.164 so a caller is found whatever way it was typed. */
@Entity
@Table(name = "customer_phone")
public class CustomerPhone extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Column(nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PhoneNumber.Kind kind;

    /** Turned off when a call finds the number wrong; kept for history. */
    @Column(nullable = false)
    private boolean valid = true;

    protected CustomerPhone() {
    }

    CustomerPhone(Customer customer, PhoneNumber phone) {
        this.customer = customer;
        this.number = phone.e164();
        this.kind = phone.kind();
    }

    public PhoneNumber phone() {
        return new PhoneNumber(number, kind);
    }

    public String getNumber() {
        return number;
    }

    public String getDisplay() {
        return phone().international();
    }

    public PhoneNumber.Kind getKind() {
        return kind;
    }

    public boolean isValid() {
        return valid;
    }

    public void markInvalid() {
        valid = false;
    }

    public Customer getCustomer() {
        return customer;
    }
}
