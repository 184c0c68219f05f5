package it.cuffia.web.faces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/** The consoles' own export types beside PrimeFaces' (csv, xlsxstream, pdf), known before the first export. */
@WebListener
public class ExportTypes implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, UprightHeadingsPdfExporter.class, UprightHeadingsPdfExporter.TYPE);
    }
}
