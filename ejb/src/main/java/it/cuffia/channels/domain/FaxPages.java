package it.cuffia.channels.domain;

/** How a fax's page previews are named among its ticket's files, so the ticket page finds and shows them. */
public final class FaxPages {

    public static final String PREFIX = "anteprima-";

    private FaxPages() {
    }

    /** "anteprima-1-fax.pdf.png" for the first page of fax.pdf. */
    public static String name(int page, String fileName) {
        return PREFIX + page + "-" + fileName + ".png";
    }

    public static boolean isPreview(String fileName, String contentType) {
        return fileName != null && fileName.startsWith(PREFIX) && fileName.endsWith(".png") && "image/png".equals(contentType);
    }
}
