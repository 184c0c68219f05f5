package it.cuffia.kpi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A target is written on its KPI's own scale: a CSAT target of 9 on a 1-5 scale was saved (a walk-through found it). */
class KpiTargetTest {

    @Test
    void aSatisfactionTargetRunsFromOneToFive() {
        assertEquals("kpi.target.csat", refused(Kpi.CSAT, "9"));
        assertEquals("kpi.target.csat", refused(Kpi.CSAT, "0.5"));
        assertEquals(new BigDecimal("4.2"), target(Kpi.CSAT, "4.2").getTarget());
    }

    @Test
    void anNpsTargetMayBeNegativeDownToMinusOneHundred() {
        assertEquals(new BigDecimal("-10"), target(Kpi.NPS, "-10").getTarget());
        assertEquals("kpi.target.nps", refused(Kpi.NPS, "-101"));
        assertEquals("kpi.target.nps", refused(Kpi.NPS, "120"));
    }

    @Test
    void otherTargetsAreNotNegativeAndPercentagesAtMostOneHundred() {
        assertEquals("kpi.target.negative", refused(Kpi.AHT, "-1"));
        assertEquals("kpi.target.percent", refused(Kpi.FCR, "500"));
        assertEquals(new BigDecimal("300"), target(Kpi.AHT, "300").getTarget());
    }

    @Test
    void aChangedTargetIsCheckedAlike() {
        KpiTarget csat = target(Kpi.CSAT, "4");
        assertThrows(DomainException.class, () -> csat.changeTo(new BigDecimal("9")));
        assertEquals(new BigDecimal("4"), csat.getTarget(), "a refused change leaves the target as it was");
    }

    private static KpiTarget target(Kpi kpi, String value) {
        return new KpiTarget(kpi, ScopeKind.TEAM, 1L, new BigDecimal(value));
    }

    private static String refused(Kpi kpi, String value) {
        return assertThrows(DomainException.class, () -> target(kpi, value)).getMessageKey();
    }
}
