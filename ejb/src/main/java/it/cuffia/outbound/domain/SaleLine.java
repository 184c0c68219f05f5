package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One offer sold in a call: how many, for how much, and whether it was a cross-sell or an upsell. */
@Entity
@Table(name = "sale_line")
public class SaleLine extends AbstractEntity {

    public enum Kind { NEW, CROSS_SELL, UPSELL }

    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id")
    private Sale sale;

    @ManyToOne(optional = false)
    @JoinColumn(name = "offer_id")
    private Offer offer;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, precision = 12, scale = 2)
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    protected SaleLine() {
    }

    SaleLine(Sale sale, Offer offer, int quantity, Money amount, Kind kind) {
        if (quantity < 1) {
            throw new DomainException("sale.quantity.positive");
        }
        if (amount == null || amount.isNegative()) {
            throw new DomainException("sale.amount.negative");
        }
        if (!amount.isStorable()) {
            throw new DomainException("money.tooLarge", Money.STORABLE_MAX.amount());
        }
        this.sale = sale;
        this.offer = offer;
        this.quantity = quantity;
        this.amount = amount;
        this.kind = kind == null ? Kind.NEW : kind;
    }

    public Offer getOffer() { return offer; }
    public int getQuantity() { return quantity; }
    public Money getAmount() { return amount; }
    public Kind getKind() { return kind; }
}
