package it.cuffia.pay.domain;

import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Rates that rise with the quantity, like tax brackets: with tiers 1–20 at €10 and 21+ at €15,
 * 25 units pay 20 × 10 + 5 × 15 = €275 (DOMAIN.md, Pay).
 */
public final class ProgressiveTiers {

    private final List<Tier> tiers;

    public ProgressiveTiers(List<Tier> tiers) {
        if (tiers.isEmpty() || tiers.stream().noneMatch(t -> t.fromUnit() == 1)) {
            throw new DomainException("pay.tier.first");
        }
        this.tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::fromUnit)).toList();
        for (int i = 1; i < this.tiers.size(); i++) {
            if (this.tiers.get(i).fromUnit() == this.tiers.get(i - 1).fromUnit()) {
                throw new DomainException("pay.tier.duplicate", this.tiers.get(i).fromUnit());
            }
        }
    }

    public static ProgressiveTiers flat(BigDecimal rate) {
        return new ProgressiveTiers(List.of(new Tier(1, rate)));
    }

    /** The amount for this many units, unrounded (the statement rounds each line). */
    public BigDecimal amountFor(long units) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            long from = tiers.get(i).fromUnit();
            long to = i + 1 < tiers.size() ? tiers.get(i + 1).fromUnit() - 1 : Long.MAX_VALUE;
            long inTier = Math.max(0, Math.min(units, to) - from + 1);
            total = total.add(tiers.get(i).rate().multiply(BigDecimal.valueOf(inTier)));
        }
        return total;
    }

    public List<Tier> tiers() {
        return tiers;
    }
}
