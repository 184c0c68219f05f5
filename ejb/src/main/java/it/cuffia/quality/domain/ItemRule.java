package it.cuffia.quality.domain;

import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;

/**
 * What an item asks and how much it weighs: the part of a form item the score needs. A yes/no item's
 * maximum is 1; a scale item is answered 0..scaleMax; a critical item that fails (no, or 0 on its scale)
 * fails the whole evaluation; N/A is allowed only where the form says so.
 */
public record ItemRule(ItemKind kind, int weight, int scaleMax, boolean critical, boolean allowsNa) implements Serializable {

    public static final int WEIGHT_MAX = 100;
    public static final int SCALE_MAX = 10;

    public ItemRule {
        if (kind == null) {
            throw new DomainException("quality.item.kindRequired");
        }
        if (weight < 1 || weight > WEIGHT_MAX) {
            throw new DomainException("quality.item.weightRange", WEIGHT_MAX);
        }
        if (kind == ItemKind.YES_NO) {
            scaleMax = 1;
        } else if (scaleMax < 2 || scaleMax > SCALE_MAX) {
            throw new DomainException("quality.item.scale", SCALE_MAX);
        }
    }

    /** Refuses a value this item cannot take; null is N/A. */
    public void check(Integer value, String item) {
        if (value == null) {
            if (!allowsNa) {
                throw new DomainException("quality.answer.naRefused", item);
            }
        } else if (value < 0 || value > scaleMax) {
            throw new DomainException("quality.answer.range", item, scaleMax);
        }
    }

    public boolean fails(Integer value) {
        return value != null && value == 0;
    }
}
