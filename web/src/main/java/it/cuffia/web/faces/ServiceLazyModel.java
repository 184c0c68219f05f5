package it.cuffia.web.faces;

import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.application.PageRequest.Total;
import it.cuffia.shared.domain.AbstractEntity;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by an application service: the table's page, sort and column
 * filters become a {@link PageRequest}; the service applies them in the database, within the
 * caller's scope. PrimeFaces asks for the count, then for the rows, on every render: the count is
 * read once ({@link Total#COUNT}), the rows without counting again ({@link Total#ROWS}); a click
 * on the paginator or a column's sort keeps the count of the same filters, anything else (the first
 * render, a filter, an action that updates the table) counts again, so the total a person sees is
 * never older than their last change.
 * <p>
 * A table of a million rows counts up to a limit ({@link #countingUpTo}): "more than 10 000" is read from
 * 10 001 rows, not from every match, and the paginator gets one row past the limit; when a person pages up to
 * it, the count goes on from there, so paging never stops at the limit. {@link #getTotal()}, {@link #isMore()}
 * and the rows shown say it in the table's total line (/WEB-INF/includes/table-total.xhtml).
 * <p>
 * An export reads every matching row ({@link #export}), not the paginator's row count: PrimeFaces' own loop
 * (DataTableExporter.exportAll) asks for {@code getRowCount()} rows, which is the capped count plus one.
 */
public class ServiceLazyModel<T extends AbstractEntity> extends LazyDataModel<T> {

    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        Page<T> load(PageRequest request);
    }

    private final Loader<T> loader;
    private final Map<String, String> fixedFilters = new HashMap<>();
    private String defaultSortField;
    private boolean defaultAscending = true;
    private transient Page<T> lastPage;
    private transient PageRequest lastRequest;
    /** The filters of the last count and what it found: kept while the table only pages or sorts. */
    private transient Map<String, String> countedFilters;
    private transient long counted;
    /** The count stopped at its limit: there are more rows than {@link #counted}. */
    private transient boolean more;
    private int countLimit;
    private transient int shownFirst;
    private transient int shownRows;

    /**
     * The most rows one export file holds: a million, below a spreadsheet's 1 048 576 rows per sheet, and about what
     * a person can still open; a file cut there says so in its last row ({@link Exported#cut()}).
     */
    public static final int EXPORT_LIMIT = 1_000_000;
    /** The rows an export reads per service call: one transaction and one persistence context each, then let go. */
    public static final int EXPORT_PAGE = 2_000;

    /** What an export wrote: {@code rows} rows, and {@code cut} when more rows matched than the limit let it write. */
    public record Exported(long rows, boolean cut) {
    }

    public ServiceLazyModel(Loader<T> loader) {
        this.loader = loader;
    }

    /** A filter that holds whatever the table's column filters say, e.g. the global search. */
    public ServiceLazyModel<T> withFilter(String field, String value) {
        if (value == null || value.isBlank()) {
            fixedFilters.remove(field);
        } else {
            fixedFilters.put(field, value);
        }
        return this;
    }

    /** Counts at most {@code limit} rows past the page shown (0: every row), e.g. {@link PageRequest#COUNT_LIMIT}. */
    public ServiceLazyModel<T> countingUpTo(int limit) {
        this.countLimit = limit;
        return this;
    }

    /** The order while the table's columns say none, e.g. the newest tickets first. */
    public ServiceLazyModel<T> withDefaultSort(String field, boolean ascending) {
        this.defaultSortField = field;
        this.defaultAscending = ascending;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = filters(filterBy);
        if (!filters.equals(countedFilters) || !pagingOrSorting()) {
            // a count with a limit reaches past the page shown, so that an action that updates the table keeps it there
            int from = filters.equals(countedFilters) ? shownFirst : 0;
            remember(loader.load(new PageRequest(from, 1, null, true, filters, Total.COUNT, countLimit)), filters);
            lastPage = null; // what the table shows is read again too, not taken from the previous render
        }
        return rowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = filters(filterBy);
        // rows only when the count of these filters is known (PrimeFaces asked for it just before; an export may not
        // have) and reaches past this page (a count that stopped at its limit goes on when a person pages up to it)
        boolean known = filters.equals(countedFilters) && !(more && first + pageSize > counted);
        Page<T> page = fetch(request(first, pageSize, sortBy, filters, known ? Total.ROWS : Total.ROWS_AND_COUNT));
        if (page.total() >= 0) {
            remember(page, filters);
        }
        setRowCount(rowCount());
        shownFirst = first;
        shownRows = page.items().size();
        return page.items();
    }

    /**
     * Every row that matches the table's filters, in its sort, as an export writes them: read {@code pageSize} rows
     * at a time, each page its own service call (the caller's scope applies, the persistence context of one page is
     * gone before the next is read), handed to {@code pages} one at a time, and at most {@code limit} rows; the
     * last page asks for one row past the limit, which tells a complete file from a cut one. No count is read, and
     * the table's own state (its count, the page shown) stays as the person left it.
     */
    public Exported export(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy, int pageSize, long limit,
                           Consumer<List<T>> pages) {
        Map<String, String> filters = filters(filterBy);
        long written = 0;
        while (true) {
            int size = (int) Math.min(pageSize, limit - written + 1);
            List<T> rows = loader.load(request((int) written, size, sortBy, filters, Total.ROWS)).items();
            if (rows.size() > limit - written) {
                if (limit > written) {
                    pages.accept(rows.subList(0, (int) (limit - written)));
                }
                return new Exported(limit, true);
            }
            if (!rows.isEmpty()) {
                pages.accept(rows);
            }
            written += rows.size();
            if (rows.size() < size) {
                return new Exported(written, false);
            }
        }
    }

    private void remember(Page<T> count, Map<String, String> filters) {
        counted = count.total();
        more = count.more();
        countedFilters = filters;
    }

    /** The paginator's row count: a count that stopped at its limit gets one row more, the page a person goes on to. */
    private int rowCount() {
        return (int) Math.min(Integer.MAX_VALUE, counted + (more ? 1 : 0));
    }

    /** The rows that match, as counted: exactly, or at least (with {@link #isMore()}). */
    public long getTotal() {
        return counted;
    }

    /** The count stopped at its limit: more rows match than {@link #getTotal()}. */
    public boolean isMore() {
        return more;
    }

    /** The first row of the page shown, from 1; 0 when the table is empty. */
    public int getFirstShown() {
        return shownRows == 0 ? 0 : shownFirst + 1;
    }

    /** The last row of the page shown, from 1. */
    public int getLastShown() {
        return shownFirst + shownRows;
    }

    private Page<T> fetch(PageRequest request) {
        if (lastPage == null || !Objects.equals(lastRequest, request)) {
            lastPage = loader.load(request);
            lastRequest = request;
        }
        return lastPage;
    }

    private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        filterBy.values().forEach(f -> {
            if (f.getFilterValue() != null && !f.getFilterValue().toString().isBlank()) {
                filters.put(f.getField(), f.getFilterValue().toString());
            }
        });
        return filters;
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, String> filters, Total total) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort == null) {
            return new PageRequest(first, size, defaultSortField, defaultAscending, filters, total, countLimit);
        }
        return new PageRequest(first, size, sort.getField(), sort.getOrder() != SortOrder.DESCENDING, filters, total, countLimit);
    }

    /** This request is a table's paginator click or column sort (PrimeFaces' "…_pagination" / "…_sorting" of its source). */
    boolean pagingOrSorting() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context == null || !context.getPartialViewContext().isAjaxRequest()) {
            return false;
        }
        Map<String, String> params = context.getExternalContext().getRequestParameterMap();
        String source = params.get("jakarta.faces.source");
        return source != null && ("true".equals(params.get(source + "_pagination")) || "true".equals(params.get(source + "_sorting")));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }

    @Override
    public T getRowData(String rowKey) {
        return lastPage == null ? null : lastPage.items().stream()
                .filter(row -> String.valueOf(row.getId()).equals(rowKey)).findFirst().orElse(null);
    }
}
