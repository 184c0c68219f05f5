package it.cuffia.shared.infrastructure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV file the suite writes, with ';' as Italian Excel expects, and the one rule that keeps a
 * spreadsheet from running what people typed (OWASP "CSV injection"): a text cell starting with
 * {@code = + - @}, a tab or a carriage return is written with a leading single quote, so that
 * {@code =HYPERLINK("x")} is shown as text. Numbers stay numbers: a {@link Number} is written as it
 * is, and so is a text that is a number alone (sign, digits, separators, an optional "%" or "€", as the
 * exports format amounts such as "-1.450,00 €") or numbers joined by commas (phones): with no letter,
 * bracket or operator between numbers it cannot call or compute anything.
 * The PrimeFaces table exports use {@link #cell(Object)} too.
 */
public final class CsvOutput implements AutoCloseable {


    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;

    private CsvOutput(boolean byteOrderMark) {
        if (byteOrderMark) {
            text.write('\uFEFF');
        }
        try {
            printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file for people: UTF-8 with a byte order mark, so that Excel reads accents. */
    public static CsvOutput forExcel() {
        return new CsvOutput(true);
    }

    /** A file for programs (the payroll file): no byte order mark. */
    public static CsvOutput plain() {
        return new CsvOutput(false);
    }

    /** One record; every value goes through {@link #cell(Object)}. */
    public CsvOutput row(Object... values) {
        try {
            printer.printRecord(Arrays.stream(values).map(CsvOutput::cell).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file written so far, in UTF-8. */
    public byte[] bytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A value as a cell: empty for null, a number as it is, a text that a spreadsheet would run quoted with {@code '}. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    /** A text cell, with a leading {@code '} when it starts like a formula and is not a number alone. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formulaLike && !numbers(value) ? "'" + value : value;
    }

    /**
     * Whether a text is a number, or numbers joined by commas (a customer's phones: "+39 347 111 2233,
     * +39 06 1234567"): digits, separators, spaces, "%" and "€" only, a sign only where a number starts.
     * One pass, no regular expression: a long cell is decided at once.
     */
    static boolean numbers(String value) {
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '+' || c == '-') {
                if (!startsANumber(value, i)) {
                    return false;
                }
            } else if (".,%€ \u00a0\u202f".indexOf(c) < 0) {
                return false;
            }
        }
        return digit;
    }

    /** A sign at {@code i} starts a number: only spaces, after a comma or the start of the text, before it. */
    private static boolean startsANumber(String value, int i) {
        int j = i - 1;
        while (j >= 0 && value.charAt(j) == ' ') {
            j--;
        }
        return j < 0 || value.charAt(j) == ',';
    }
}
