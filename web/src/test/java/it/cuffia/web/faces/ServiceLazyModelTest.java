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
import java.util.concurrent.atomic.AtomicLong;
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

    @Test
    void anExportReadsEveryMatchingRowPageByPageWithoutCountingAndLeavesTheTableAsItWas() {
        ServiceLazyModel<Row> table = table(25_000).countingUpTo(PageRequest.COUNT_LIMIT);
        table.count(Map.of());
        table.load(40, 20, Map.of(), Map.of());
        asked.clear();
        List<Integer> pages = new ArrayList<>();

        ServiceLazyModel.Exported exported = table.export(Map.of(), Map.of(), 2_000, 1_000_000, page -> pages.add(page.size()));

        assertEquals(25_000, exported.rows(), "every row, not the 10 001 of the paginator's count");
        assertFalse(exported.cut());
        assertEquals(25_000, pages.stream().mapToInt(Integer::intValue).sum());
        assertTrue(pages.stream().allMatch(size -> size <= 2_000), "never more than a page in memory: " + pages);
        assertTrue(asked.stream().allMatch(request -> request.total() == Total.ROWS), "no count: " + asked);
        assertEquals(List.of(0, 2_000, 4_000), asked.subList(0, 3).stream().map(PageRequest::first).toList(), "page after page");
        assertEquals(13, asked.size(), "12 full pages and the short last one ends it");
        assertEquals(10_000, table.getTotal(), "the screen's count is the one it showed");
        assertTrue(table.isMore());
        assertEquals(41, table.getFirstShown(), "and the page it showed");
    }

    @Test
    void anExportKeepsTheTablesFiltersAndSort() {
        ServiceLazyModel<Row> table = table(100).withFilter("view", "active");
        Map<String, org.primefaces.model.FilterMeta> filterBy = Map.of("subject", org.primefaces.model.FilterMeta.builder()
                .field("subject").filterValue("rimborso").build());
        Map<String, org.primefaces.model.SortMeta> sortBy = Map.of("level", org.primefaces.model.SortMeta.builder()
                .field("level").order(org.primefaces.model.SortOrder.DESCENDING).build());

        table.export(sortBy, filterBy, 2_000, 1_000_000, page -> { });

        PageRequest request = asked.get(0);
        assertEquals(Map.of("view", "active", "subject", "rimborso"), request.filters());
        assertEquals("level", request.sortField());
        assertFalse(request.ascending());
    }

    @Test
    void anExportStopsAtItsLimitAndSaysItWasCut() {
        AtomicLong written = new AtomicLong();

        ServiceLazyModel.Exported exported = table(5_001).export(Map.of(), Map.of(), 2_000, 5_000, page -> written.addAndGet(page.size()));

        assertTrue(exported.cut(), "one row more than the limit matches");
        assertEquals(5_000, exported.rows());
        assertEquals(5_000, written.get(), "the file holds the limit, not the row past it");
        assertEquals(1_001, asked.get(asked.size() - 1).size(), "the last page asks for one row past the limit");
    }

    @Test
    void anExportOfExactlyTheLimitIsComplete() {
        AtomicLong written = new AtomicLong();

        ServiceLazyModel.Exported exported = table(5_000).export(Map.of(), Map.of(), 2_000, 5_000, page -> written.addAndGet(page.size()));

        assertFalse(exported.cut());
        assertEquals(5_000, written.get());
    }

    @Test
    void anExportOfAnEmptyTableWritesNoRows() {
        List<Integer> pages = new ArrayList<>();

        ServiceLazyModel.Exported exported = table(0).export(Map.of(), Map.of(), 2_000, 5_000, page -> pages.add(page.size()));

        assertEquals(0, exported.rows());
        assertFalse(exported.cut());
        assertEquals(List.of(), pages);
    }

    /**
     * Why the table exporters page themselves ({@link LazyTableExport}): PrimeFaces 15.0.13's
     * {@code DataTableExporter.exportAll} without a {@code bufferSize}, transcribed from its byte code, asks the model
     * for {@code getRowCount()} rows at a time and stops once it has that many: the paginator's count, 10 001 at the
     * limit. A request holds 10 000 rows at most ({@link PageRequest#MAX_SIZE}), so it reads twice and stops at
     * 20 000 rows: a list of up to 20 000 was exported whole, a longer one was cut there without a word.
     */
    @Test
    void primeFacesOwnLoopStopsAtThePaginatorsCount() {
        ServiceLazyModel<Row> table = table(50_000).countingUpTo(PageRequest.COUNT_LIMIT);
        table.count(Map.of());
        table.load(0, 20, Map.of(), Map.of());

        int batchSize = table.getRowCount();
        int offset = 0;
        List<Row> items;
        do {
            items = table.load(offset, batchSize, Map.of(), Map.of());
            offset += items.size();
        } while (offset < batchSize);

        assertEquals(10_001, batchSize);
        assertEquals(20_000, offset, "PrimeFaces' loop exports 20 000 of 50 000 rows");
    }
}
