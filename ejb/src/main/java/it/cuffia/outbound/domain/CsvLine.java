package it.cuffia.outbound.domain;

import java.util.List;

/**
 * One data record of a lead file, as text. {@code lineNumber} is the physical line where the record
 * starts (the header is line 1), so errors point where people look in their editor.
 */
public record CsvLine(long lineNumber, List<String> values) {

    public CsvLine {
        values = List.copyOf(values);
    }

    /** No value but blanks: an empty line, or a spreadsheet's padding like ";;;;". */
    public boolean blank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The value at a column, or an empty string when the row is shorter than the header. */
    public String value(int column) {
        return column >= 0 && column < values.size() ? values.get(column) : "";
    }
}
