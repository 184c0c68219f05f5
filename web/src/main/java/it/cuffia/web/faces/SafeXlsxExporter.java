package it.cuffia.web.faces;

import jakarta.faces.context.FacesContext;
import org.apache.poi.ss.usermodel.Sheet;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;

/**
 * The streamed XLSX export of the tables ({@code <p:dataExporter type="xlsxstream">}): PrimeFaces' own, except that
 * a lazy table's export holds every matching row ({@link LazyTableExport}), written as they are read (POI keeps a
 * window of rows in memory, the rest in a temporary file). Registered by {@link SafeCsvExporter.Registration}.
 */
public class SafeXlsxExporter extends DataTableExcelXStreamExporter {

    @Override
    protected void exportAll(FacesContext context, DataTable table) {
        if (!LazyTableExport.exportAll(context, table, this::exportRow, notice -> {
            // the notice is the sheet's last row, where the rows stop
            Sheet sheet = sheet();
            sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue(notice);
        })) {
            super.exportAll(context, table);
        }
    }
}
