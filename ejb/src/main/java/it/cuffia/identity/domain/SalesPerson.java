package it.cuffia.identity.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** A member of a client company's sales staff (commerciale); sees only that client's data. */
@Entity
@Table(name = "sales_person")
public class SalesPerson extends AbstractEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "user_id", unique = true)
    private AppUser user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    protected SalesPerson() {
    }

    public SalesPerson(AppUser user, Client client) {
        if (!user.hasRole(Role.SALES)) {
            throw new DomainException("sales.role.required", user.getUsername());
        }
        this.user = user;
        this.client = client;
    }

    public AppUser getUser() { return user; }
    public Client getClient() { return client; }
}
