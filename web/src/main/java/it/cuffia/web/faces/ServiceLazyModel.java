package it.cuffia.web.faces;

import it.cuffia.shared.application.Page;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.shared.domain.AbstractEntity;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by an application service: the table's page, sort and column
 * filters become a {@link PageRequest}; the service applies them in the database, within the
 * caller's scope. Count and rows come from one service call.
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

    /** The order while the table's columns say none, e.g. the newest tickets first. */
    public ServiceLazyModel<T> withDefaultSort(String field, boolean ascending) {
        this.defaultSortField = field;
        this.defaultAscending = ascending;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(request(0, 1, Map.of(), filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch(request(first, pageSize, sortBy, filterBy));
        setRowCount((int) page.total());
        return page.items();
    }

    private Page<T> fetch(PageRequest request) {
        if (lastPage == null || !Objects.equals(lastRequest, request)) {
            lastPage = loader.load(request);
            lastRequest = request;
        }
        return lastPage;
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        filterBy.values().forEach(f -> {
            if (f.getFilterValue() != null && !f.getFilterValue().toString().isBlank()) {
                filters.put(f.getField(), f.getFilterValue().toString());
            }
        });
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort == null) {
            return new PageRequest(first, size, defaultSortField, defaultAscending, filters);
        }
        return new PageRequest(first, size, sort.getField(), sort.getOrder() != SortOrder.DESCENDING, filters);
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
