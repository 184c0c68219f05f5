package it.cuffia.web.faces;

import com.lowagie.text.FontFactory;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * Options of a PrimeFaces PDF export. Its default font is the standard Times, whose single-byte
 * encoding turns "€", accented names and the no-break space of Italian amounts into garbage when
 * the exporter passes it UTF-8; the export uses Liberation Sans from OpenPDF's openpdf-fonts-extra
 * instead (the font of the statement PDF), with {@code encoding="Identity-H"} on the exporter.
 */
public final class PdfExports {

    /** The name FontFactory knows Liberation Sans by (a class path resource of openpdf-fonts-extra). */
    public static final String SANS = "cuffia-liberation-sans";

    static {
        FontFactory.register("liberation/LiberationSans-Regular.ttf", SANS);
    }

    private PdfExports() {
    }

    /** A4 landscape, Liberation Sans, bold 8-point headers and 8-point cells: a wide table on one page width. */
    public static PDFOptions landscape() {
        PDFOptions options = new PDFOptions();
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setFontName(SANS);
        options.setFacetFontStyle("BOLD");
        options.setFacetFontSize("8");
        options.setCellFontSize("8");
        return options;
    }
}
