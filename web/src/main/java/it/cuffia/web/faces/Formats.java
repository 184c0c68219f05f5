package it.cuffia.web.faces;

import it.cuffia.kpi.domain.Kpi;
import it.cuffia.pay.domain.Rate;
import it.cuffia.shared.domain.Money;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.primefaces.component.export.ExcelOptions;

/**
 * Numbers, money, percentages, dates and pay rates as the reader writes them
 * ({@code #{fmt.money(s.total)}}: "1.450,00 €" in Italian, "€1,450.00" in English), and the
 * spreadsheet options that turn those texts back into numeric cells. The static methods take the
 * locale for the places without a session bean (the statement PDF).
 */
@Named("fmt")
@RequestScoped
public class Formats {

    private static final Currency EURO = Currency.getInstance("EUR");

    @Inject
    private UserSession session;

    /** A KPI value as the statement and dashboards show it; "—" when it has no value. */
    public String kpi(Kpi kpi, BigDecimal value) {
        return kpi(kpi, value, session.getLocale());
    }

    /**
     * Counts whole, percentages "75,00 %", money in euro, other ratios (seconds, scores) to two
     * decimals: the four decimals KPIs are stored with are not read by people.
     */
    public static String kpi(Kpi kpi, BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return switch (kpi.kind()) {
            case COUNT -> number(value, 0, 0, locale);
            case PERCENT -> number(value, 2, 2, locale) + " %";
            case MONEY -> money(value, locale);
            case RATIO -> number(value, 2, 2, locale);
        };
    }

    /**
     * A KPI value in an export: the number alone (the unit is in the column header, see
     * {@link #kpiUnit(Kpi)}) so that a spreadsheet reads it as a number; money keeps its euro sign,
     * which the spreadsheet export reads as a currency; empty when there is no value.
     */
    public String kpiExport(Kpi kpi, BigDecimal value) {
        if (value == null) {
            return "";
        }
        return kpi.kind() == Kpi.Kind.PERCENT ? number(value, 2, 2, session.getLocale()) : kpi(kpi, value);
    }

    /** " (%)" for a percentage KPI, the unit its exported number leaves out; "" otherwise. */
    public String kpiUnit(Kpi kpi) {
        return kpi.kind() == Kpi.Kind.PERCENT ? " (%)" : "";
    }

    /**
     * A waiting time in seconds as people read it, to the minute: "45 min", "2 h 05 min", "1 g 08 h" in Italian
     * ("1 d 08 h" in English), "< 1 min" under half a minute; "—" when there is none (nothing answered).
     */
    public String duration(Long seconds) {
        return duration(seconds, session.getLocale());
    }

    public static String duration(Long seconds, Locale locale) {
        if (seconds == null) {
            return "—";
        }
        long minutes = (Math.max(0, seconds) + 30) / 60;
        if (minutes == 0) {
            return "< 1 min";
        }
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return String.format(locale, "%d h %02d min", minutes / 60, minutes % 60);
        }
        long hours = (minutes + 30) / 60;
        return String.format(locale, "%d %s %02d h", hours / 24, "it".equals(locale.getLanguage()) ? "g" : "d", hours % 24);
    }

    /** A share such as 26.3 as "26,3 %" in Italian. */
    public String percent(BigDecimal value) {
        return value == null ? "—" : number(value, 1, 1, session.getLocale()) + " %";
    }

    /** A number with the reader's separators, {@code min} to {@code max} decimals. */
    public String number(BigDecimal value, int min, int max) {
        return value == null ? "" : number(value, min, max, session.getLocale());
    }

    public static String number(BigDecimal value, int min, int max, Locale locale) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMinimumFractionDigits(min);
        number.setMaximumFractionDigits(max);
        return number.format(value);
    }

    public String money(Object amount) {
        if (amount == null) {
            return "";
        }
        return money(amount instanceof Money money ? money.amount() : (BigDecimal) amount, session.getLocale());
    }

    public static String money(BigDecimal amount, Locale locale) {
        return euro(locale).format(amount);
    }

    private static DecimalFormat euro(Locale locale) {
        DecimalFormat euro = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        euro.setCurrency(EURO);
        return euro;
    }

    /** Labels joined with ", " (roles, phones): one cell of a table or an export. */
    public String list(Collection<?> labels) {
        return labels == null ? "" : labels.stream().filter(Objects::nonNull).map(Object::toString).collect(Collectors.joining(", "));
    }

    public String list(Object[] labels) {
        return labels == null ? "" : list(Arrays.asList(labels));
    }

    /**
     * Date and 24-hour time in Rome: "10/03/2026 10:00" in Italian, "Mar 10, 2026, 10:00" in
     * English (a month name, never the ambiguous 3/10/26, and no AM/PM).
     */
    public String dateTime(Instant instant) {
        return dateTime(instant, session.getLocale());
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter date = "it".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("dd/MM/yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        var local = instant.atZone(Zones.ROME);
        return date.format(local) + ("it".equals(locale.getLanguage()) ? " " : ", ") + time.format(local);
    }

    /** A day as {@link #dateTime} writes it: "10/03/2026", "Mar 10, 2026". */
    public String date(java.time.LocalDate day) {
        return date(day, session.getLocale());
    }

    public static String date(java.time.LocalDate day, Locale locale) {
        if (day == null) {
            return "";
        }
        return ("it".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("dd/MM/yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)).format(day);
    }

    /** "marzo 2026", "March 2026". */
    public String month(YearMonth month) {
        return month(month, session.getLocale());
    }

    public static String month(YearMonth month, Locale locale) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    /** The rate of a statement line: "1.450,00 € × 30/30", "1+: 10,00 €, 21+: 15,00 €", "5,00 € + 2,50 %", "≥ 75,00 %". */
    public String rate(Rate rate) {
        return rate(rate, session.getLocale());
    }

    public static String rate(Rate rate, Locale locale) {
        if (rate == null) {
            return "";
        }
        return switch (rate.kind()) {
            case SALARY -> money(rate.value(0), locale) + " × " + rate.value(1).toPlainString() + "/" + rate.value(2).toPlainString();
            case TIERS -> {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i + 1 < rate.values().size(); i += 2) {
                    text.append(i == 0 ? "" : ", ").append(rate.value(i).toPlainString()).append("+: ").append(money(rate.value(i + 1), locale));
                }
                yield text.toString();
            }
            case PER_SALE -> perSale(rate.value(0), rate.value(1), locale);
            case AT_LEAST, AT_MOST -> rate.comparison() + " " + kpiValue(rate.kpi(), rate.value(0), locale)
                    + rate.monthValue().map(v -> " (" + Messages.text(locale, "pay.rate.monthValue", kpiValue(rate.kpi(), v, locale)) + ")").orElse("");
            case CAP -> money(rate.value(0), locale);
            case TEXT -> rate.text();
        };
    }

    /** "5,00 € + 2,50 %", or the part that is there alone: "2,50 %", "5,00 €". */
    private static String perSale(BigDecimal fixed, BigDecimal percent, Locale locale) {
        String share = number(percent, 2, 4, locale) + " %";
        return percent.signum() == 0 ? money(fixed, locale) : fixed.signum() == 0 ? share : money(fixed, locale) + " + " + share;
    }

    /** A line's quantity: a KPI value as that KPI is written, days and units as numbers; "—" when none. */
    public String quantity(Rate rate, BigDecimal quantity) {
        return quantity(rate, quantity, session.getLocale());
    }

    public static String quantity(Rate rate, BigDecimal quantity, Locale locale) {
        if (quantity == null) {
            return "—";
        }
        if (rate != null && (rate.kind() == Rate.Kind.AT_LEAST || rate.kind() == Rate.Kind.AT_MOST)) {
            return kpiValue(rate.kpi(), quantity, locale);
        }
        return number(quantity, 0, 4, locale);
    }

    /** A value of the named KPI as that KPI is written, a plain number when the name is no KPI of the suite. */
    static String kpiValue(String kpi, BigDecimal value, Locale locale) {
        return Kpi.find(kpi).map(k -> kpi(k, value, locale)).orElseGet(() -> number(value, 0, 4, locale));
    }

    /**
     * Spreadsheet exports of numbers: PrimeFaces turns a cell text that parses as a number or an
     * amount in the reader's format into a numeric cell. Its default currency format is that of the
     * locale's country, and "it"/"en" have none, so it is given the euro format {@link #money}
     * writes; the number format is the reader's.
     */
    public ExcelOptions getExcel() {
        ExcelOptions options = new ExcelOptions();
        options.setNumberFormat((DecimalFormat) NumberFormat.getNumberInstance(session.getLocale()));
        options.setCurrencyFormat(euro(session.getLocale()));
        return options;
    }

    /**
     * Spreadsheet exports of texts (names, VAT numbers, e-mails): every cell stays the text it
     * shows, so the VAT number 01234567897 keeps its leading zero.
     */
    public ExcelOptions getExcelText() {
        ExcelOptions options = new ExcelOptions();
        options.setStronglyTypedCells(false);
        return options;
    }
}
