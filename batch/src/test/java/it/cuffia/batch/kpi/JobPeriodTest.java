package it.cuffia.batch.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobPeriodTest {

    @Test
    void twoPartitionsTakeEveryOtherDayAndTogetherEachDayOnce() {
        JobPeriod june = JobPeriod.of("2025-06", null, null);

        List<LocalDate> first = june.days(0, 2);
        List<LocalDate> second = june.days(1, 2);

        assertEquals(15, first.size());
        assertEquals(15, second.size());
        assertEquals(LocalDate.of(2025, 6, 1), first.get(0));
        assertEquals(LocalDate.of(2025, 6, 3), first.get(1));
        assertEquals(LocalDate.of(2025, 6, 2), second.get(0));
        assertEquals(LocalDate.of(2025, 6, 30), second.get(14));
        List<LocalDate> together = new ArrayList<>(first);
        together.addAll(second);
        together.sort(null);
        assertEquals(june.days(), together);
    }

    @Test
    void aPeriodShorterThanThePartitionsLeavesSomeEmpty() {
        JobPeriod oneDay = JobPeriod.of(null, "2025-11-03", null);
        assertEquals(List.of(LocalDate.of(2025, 11, 3)), oneDay.days(0, 2));
        assertEquals(List.of(), oneDay.days(1, 2));
        assertEquals(oneDay.days(), oneDay.days(0, 1));
    }

    @Test
    void aPartitionOutsideThePlanIsRefused() {
        JobPeriod june = JobPeriod.of("2025-06", null, null);
        assertThrows(IllegalArgumentException.class, () -> june.days(2, 2));
        assertThrows(IllegalArgumentException.class, () -> june.days(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> june.days(0, 0));
    }
}
