package it.cuffia.web.faces;

import it.cuffia.shared.infrastructure.CsvOutput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The CSV export of every PrimeFaces table ({@code <p:dataExporter type="csv">}: customers, tickets,
 * users, clients, appointments, KPIs) with the suite's CSV rule, {@link CsvOutput#cell(Object)}: a
 * customer named {@code =HYPERLINK("x")} is exported as {@code '=HYPERLINK("x")}, a number as it is.
 * A lazy table's export holds every matching row ({@link LazyTableExport}), not the paginator's count.
 * {@link Registration} puts it (and {@link SafeXlsxExporter}) in place of the PrimeFaces ones at the first
 * request, so that no page has to remember it, and adds the suite's own types ({@link UprightHeadingsPdfExporter}).
 */
public class SafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        if (!LazyTableExport.exportAll(context, table, this::exportRow, notice -> {
            // the notice is the file's last line, where the rows stop
            exportCellValue(context, table, null, ColumnValue.of(notice), 0);
            postRowExport(context, table);
        })) {
            super.exportAll(context, table);
        }
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value, int index) {
        super.exportCellValue(context, table, column, safe(value), index);
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
        super.exportColumnFacetValue(context, table, safe(value), index);
    }

    private static ColumnValue safe(ColumnValue value) {
        return value == null ? null : ColumnValue.of(CsvOutput.cell(value.getValue()));
    }

    /**
     * Registered in faces-config.xml: replaces the "csv" exporter of data tables at the first request
     * (PrimeFaces builds its application context, where exporters are registered, on a request: it
     * reads the session cookie configuration, which a listener may not read while the application starts).
     */
    public static class Registration implements PhaseListener {

        private static final String DONE = SafeCsvExporter.class.getName() + ".registered";

        @Override
        public PhaseId getPhaseId() {
            return PhaseId.RESTORE_VIEW;
        }

        @Override
        public void beforePhase(PhaseEvent event) {
            Map<String, Object> application = event.getFacesContext().getExternalContext().getApplicationMap();
            if (application.get(DONE) == null) {
                DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
                DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsxstream");
                DataExporters.register(DataTable.class, UprightHeadingsPdfExporter.class, UprightHeadingsPdfExporter.TYPE);
                application.put(DONE, Boolean.TRUE);
            }
        }

        @Override
        public void afterPhase(PhaseEvent event) {
            // registered before the view is restored, nothing to do after
        }
    }
}
