package it.cuffia.web.faces;

import it.cuffia.shared.infrastructure.CsvOutput;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PostConstructApplicationEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The CSV export of every PrimeFaces table ({@code <p:dataExporter type="csv">}: customers, tickets,
 * users, clients, appointments, KPIs) with the suite's CSV rule, {@link CsvOutput#cell(Object)}: a
 * customer named {@code =HYPERLINK("x")} is exported as {@code '=HYPERLINK("x")}, a number as it is.
 * {@link Registration} puts it in place of the PrimeFaces one when the application starts, so that no
 * page has to remember it.
 */
public class SafeCsvExporter extends DataTableCSVExporter {

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

    /** Registered in faces-config.xml: replaces the "csv" exporter of data tables once the application is built. */
    public static class Registration implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof Application;
        }

        @Override
        public void processEvent(SystemEvent event) {
            if (event instanceof PostConstructApplicationEvent) {
                DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
            }
        }
    }
}
