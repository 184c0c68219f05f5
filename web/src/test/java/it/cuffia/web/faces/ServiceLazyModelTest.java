package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.application.PageRequest.Total;
import it.cuffia.shared.domain.AbstractEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A table over a list of {@code matching} rows, as a service answers it (no Faces context: a full render each time). */
class ServiceLazyModelTest {

    static final class Row extends AbstractEntity {
    }

    private final List<PageRequest> asked = new ArrayList<>();

    private ServiceLazyModel<Row> table(long matching) {
        return new ServiceLazyModel<Row>((ServiceLazyModel.Loader<Row>) request -> {
            asked.add(request);
            long found = Math.min(matching, request.countBound());
            List<Row> rows = request.wantsRows()
                    ? LongStream.range(request.first(), Math.min(matching, request.first() + request.size())).mapToObj(i -> new Row()).toList()
                    : List.of();
            return request.wantsCount() ? request.page(rows, found) : new Page<>(rows, -1);
        }) {
            @Override
            boolean pagingOrSorting() {
                return false; // every request here renders the table anew (the first render, a filter, an action)
            }
        };
    }

    @Test
    void aMillionRowsAreCountedUpToTheLimitAndTheTableSaysMoreThan() {
        ServiceLazyModel<Row> table = table(1_000_000).countingUpTo(PageRequest.COUNT_LIMIT);

        int rowCount = table.count(Map.of());
        List<Row> rows = table.load(0, 20, Map.of(), Map.of());

        assertEquals(Total.COUNT, asked.get(0).total());
        assertEquals(10_001, asked.get(0).countBound(), "10 000 rows and one more that says there are more");
        assertEquals(10_001, rowCount, "the paginator gets one page past the limit");
        assertEquals(Total.ROWS, asked.get(1).total(), "the rows of the page without counting again");
        assertEquals(20, rows.size());
        assertEquals(10_000, table.getTotal());
        assertTrue(table.isMore(), "more than 10 000");
        assertEquals(1, table.getFirstShown());
        assertEquals(20, table.getLastShown());
    }

    @Test
    void pagingUpToTheLimitCountsOnFromThere() {
        ServiceLazyModel<Row> table = table(25_000).countingUpTo(PageRequest.COUNT_LIMIT);
        table.count(Map.of());
        table.load(0, 20, Map.of(), Map.of());

        List<Row> rows = table.load(10_000, 20, Map.of(), Map.of());

        PageRequest last = asked.get(asked.size() - 1);
        assertEquals(Total.ROWS_AND_COUNT, last.total(), "the page past the count counts again");
        assertEquals(20_001, last.countBound(), "from the page shown on");
        assertEquals(20, rows.size());
        assertEquals(20_000, table.getTotal());
        assertTrue(table.isMore());
        assertEquals(20_001, table.getRowCount());
        assertEquals(10_001, table.getFirstShown());

        table.load(20_000, 20, Map.of(), Map.of());
        assertEquals(25_000, table.getTotal(), "the end of the list: an exact count");
        assertFalse(table.isMore());
        assertEquals(25_000, table.getRowCount());

        table.count(Map.of());
        assertEquals(30_001, asked.get(asked.size() - 1).countBound(),
                "an action that updates the table counts past the page shown, so the table stays there");
    }

    @Test
    void aSmallerListIsCountedExactly() {
        ServiceLazyModel<Row> table = table(35).countingUpTo(PageRequest.COUNT_LIMIT);

        assertEquals(35, table.count(Map.of()));
        table.load(20, 20, Map.of(), Map.of());

        assertEquals(35, table.getTotal());
        assertFalse(table.isMore());
        assertEquals(21, table.getFirstShown());
        assertEquals(35, table.getLastShown());
    }

    @Test
    void withoutALimitEveryRowIsCounted() {
        ServiceLazyModel<Row> table = table(1_000_000);

        assertEquals(1_000_000, table.count(Map.of()));
        assertEquals(Long.MAX_VALUE, asked.get(0).countBound());
        assertFalse(table.isMore());
    }

    @Test
    void anEmptyTableShowsNoRows() {
        ServiceLazyModel<Row> table = table(0).countingUpTo(PageRequest.COUNT_LIMIT);

        assertEquals(0, table.count(Map.of()));
        table.load(0, 20, Map.of(), Map.of());

        assertEquals(0, table.getFirstShown(), "no \"rows 1–0\" line");
        assertFalse(table.isMore());
    }
}
