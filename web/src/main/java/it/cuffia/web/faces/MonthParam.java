package it.cuffia.web.faces;

import it.cuffia.shared.domain.DomainException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A month typed as yyyy-MM (masked inputs, URL parameters); a clear message otherwise. */
public final class MonthParam {

    private MonthParam() {
    }

    public static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new DomainException("batch.param.month", text);
        }
    }

    public static String format(YearMonth month) {
        return month == null ? null : month.toString();
    }
}
