package it.cuffia.pay.domain;

import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;

/** From the {@code fromUnit}-th unit on, each unit pays {@code rate} (until the next tier starts). */
public record Tier(int fromUnit, BigDecimal rate) {
    public Tier {
        if (fromUnit < 1) {
            throw new DomainException("pay.tier.from");
        }
        if (rate == null || rate.signum() < 0) {
            throw new DomainException("pay.tier.rate");
        }
    }
}
