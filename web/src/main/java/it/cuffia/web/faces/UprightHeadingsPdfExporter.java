package it.cuffia.web.faces;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.primefaces.component.datatable.export.DataTablePDFExporter;
import org.primefaces.component.export.ColumnValue;

/**
 * The PDF of a table with many narrow columns (the KPI report's sixteen): its column headings stand upright, read
 * from the bottom up, as in printed reports. Laid flat in a column a 16th of the page wide, "Soddisfazione" and
 * "Appointments" broke inside the word. Registered as the export type {@value #TYPE} ({@link SafeCsvExporter.Registration}).
 */
public class UprightHeadingsPdfExporter extends DataTablePDFExporter {

    public static final String TYPE = "pdfUpright";

    private boolean heading;

    @Override
    protected void addFacetValue(int rowSpan, int colSpan, ColumnValue value) {
        heading = true;
        try {
            super.addFacetValue(rowSpan, colSpan, value);
        } finally {
            heading = false;
        }
    }

    @Override
    protected void addCell(PdfPTable table, PdfPCell cell) {
        if (heading) {
            cell.setRotation(90);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        }
        super.addCell(table, cell);
    }
}
