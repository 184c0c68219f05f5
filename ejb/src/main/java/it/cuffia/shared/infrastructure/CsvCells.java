package it.cuffia.shared.infrastructure;

/**
 * Cells of CSV files people open in a spreadsheet. A cell that starts with =, +, -, @, a tab or a
 * carriage return is taken for a formula by Excel and LibreOffice (CSV injection, OWASP), so a
 * value we did not write ourselves, e.g. a line of a client's lead file, is prefixed with an
 * apostrophe: the spreadsheet shows it as text, and a person can still read it.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
