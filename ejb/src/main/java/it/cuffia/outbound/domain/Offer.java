package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Something a client sells over the phone: a name, a price, and the days it may be offered. */
@Entity
@Table(name = "offer")
public class Offer extends AbstractEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @NotNull
    @Column(nullable = false, precision = 12, scale = 2)
    private Money price;

    @NotNull
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(nullable = false)
    private boolean active = true;

    protected Offer() {
    }

    public Offer(Client client, String name, Money price, LocalDate validFrom, LocalDate validTo) {
        this.client = client;
        setName(name);
        this.price = price;
        this.validFrom = validFrom;
        this.validTo = validTo;
        checkPeriod();
    }

    public static Offer blank() {
        return new Offer();
    }

    public void checkPeriod() {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new DomainException("offer.period.invalid");
        }
        if (price != null && price.isNegative()) {
            throw new DomainException("offer.price.negative");
        }
        if (price != null && !price.isStorable()) {
            throw new DomainException("money.tooLarge", Money.STORABLE_MAX.amount());
        }
    }

    public boolean isValidOn(LocalDate day) {
        return active && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Client getClient() { return client; }
    public void setClient(Client client) { this.client = client; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? null : PlainText.line(name.strip(), "offer.name"); }
    public Money getPrice() { return price; }
    public void setPrice(Money price) { this.price = price; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
