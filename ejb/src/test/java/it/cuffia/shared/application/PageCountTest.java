package it.cuffia.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.application.PageRequest.Total;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A count with a limit: "more than" when the rows read reach the bound, exact below it. */
class PageCountTest {

    private static PageRequest screen(int first) {
        return new PageRequest(first, 20, "lastName", true, Map.of("q", "rossi"), Total.ROWS_AND_COUNT, PageRequest.COUNT_LIMIT);
    }

    @Test
    void theCountReadsTheLimitAndOneRowMorePastTheWindowsFirstRow() {
        assertEquals(10_001, screen(0).countBound());
        assertEquals(30_021, screen(20_020).countBound(), "paging on, the count goes on");
        assertEquals(Long.MAX_VALUE, new PageRequest(0, 20, null, true, Map.of()).countBound(), "no limit: every row");
    }

    @Test
    void reachingTheBoundMeansMoreThanTheLimit() {
        Page<String> more = screen(0).page(List.of("a"), 10_001);
        Page<String> exact = screen(0).page(List.of("a"), 10_000);

        assertTrue(more.more());
        assertEquals(10_000, more.total(), "more than 10 000");
        assertFalse(exact.more(), "exactly 10 000: the one more row was not there");
        assertEquals(10_000, exact.total());
        assertFalse(new PageRequest(0, 20, null, true, Map.of()).page(List.of(), 2_000_000).more(), "no limit, no \"more\"");
    }

    @Test
    void theLimitTravelsWithTheRequest() {
        PageRequest request = screen(40).withoutFilter("q").filteredBy("lastName", "bi").sortedByDefault("id", false);

        assertEquals(PageRequest.COUNT_LIMIT, request.countLimit());
        assertEquals(0, new PageRequest(0, 20, null, true, Map.of(), Total.COUNT, -5).countLimit(), "no negative limit");
        assertEquals(PageRequest.COUNT_LIMIT, new PageRequest(0, 20, null, true, Map.of()).countingUpTo(PageRequest.COUNT_LIMIT).countLimit());
        assertTrue(screen(0).<String>page(List.of("a"), 10_001).map(String::length).more(), "a mapped page keeps its \"more\"");
    }
}
