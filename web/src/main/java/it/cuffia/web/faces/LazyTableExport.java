package it.cuffia.web.faces;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.web.faces.ServiceLazyModel.Exported;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.component.datatable.DataTable;

/**
 * "Export all" of a table over a {@link ServiceLazyModel}, for the suite's table exporters ({@link SafeCsvExporter},
 * {@link SafeXlsxExporter}): every row that matches the table's filters and sort, read page by page, where
 * PrimeFaces 15's {@code DataTableExporter.exportAll} reads {@code getRowCount()} rows without a
 * {@code bufferSize}: the paginator's count, which a table counting up to a limit (10 000, "more than 10 000")
 * sets to the limit plus one. A file cut at {@link ServiceLazyModel#EXPORT_LIMIT} ends with a row that says so.
 */
final class LazyTableExport {

    /** One row of the table, at an index of the data model's current page, written as the exporter writes rows. */
    @FunctionalInterface
    interface RowWriter {
        void write(FacesContext context, DataTable table, int rowIndex);
    }

    private LazyTableExport() {
    }

    /**
     * Writes every row of {@code table} if its value is a {@link ServiceLazyModel}, then the notice of a cut file
     * (in the reader's language) if the limit stopped it; false if the table is another kind, for PrimeFaces' loop.
     */
    static boolean exportAll(FacesContext context, DataTable table, RowWriter rows, Consumer<String> notice) {
        if (!table.isLazy() || !(table.getValue() instanceof ServiceLazyModel<?> model)) {
            return false;
        }
        Exported exported = export(context, table, model, rows);
        if (exported.cut()) {
            notice.accept(Messages.text("export.cut", exported.rows()));
        }
        return true;
    }

    private static <T extends AbstractEntity> Exported export(FacesContext context, DataTable table,
                                                                                     ServiceLazyModel<T> model, RowWriter rows) {
        List<T> shown = model.getWrappedData();
        int pageSize = model.getPageSize();
        model.setPageSize(ServiceLazyModel.EXPORT_PAGE);
        try {
            return model.export(table.getActiveSortMeta(), table.getActiveFilterMeta(), ServiceLazyModel.EXPORT_PAGE,
                    ServiceLazyModel.EXPORT_LIMIT, page -> {
                        model.setWrappedData(page);
                        for (int i = 0; i < page.size(); i++) {
                            rows.write(context, table, i);
                        }
                    });
        } finally {
            // the table as it was: the rows it shows, no row selected
            table.setRowIndex(-1);
            model.setWrappedData(shown);
            model.setPageSize(pageSize);
            model.setRowIndex(-1);
        }
    }
}
