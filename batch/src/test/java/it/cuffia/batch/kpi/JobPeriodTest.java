package it.cuffia.batch.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobPeriodTest {

    @Test
    void aMonthIsItsDays() {
        JobPeriod february = JobPeriod.of("2026-02", null, null);
        assertEquals(LocalDate.of(2026, 2, 1), february.days().get(0));
        assertEquals(28, february.days().size());
    }

    /** The batch page's month "2026-13" was told "(aaaa-mm-gg)", a day's format on a month's field. */
    @Test
    void aMonthThatIsNoneIsRefusedAsAMonth() {
        DomainException refused = assertThrows(DomainException.class, () -> JobPeriod.of("2026-13", null, null));
        assertEquals("batch.param.month", refused.getMessageKey());
        assertEquals("batch.param.date", assertThrows(DomainException.class, () -> JobPeriod.of(null, "2026-02-30", null)).getMessageKey());
    }
}
