package it.cuffia.web.faces;

import it.cuffia.shared.domain.Zones;
import it.cuffia.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.shared.domain.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Currency;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants as people read them: Rome time, in the user's language ({@code #{fmt.dateTime(t.openedAt)}}). */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private UserSession session;

    /** A KPI value as the statement and dashboards show it; "—" when it has no value. */
    public String kpi(Kpi kpi, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat number = NumberFormat.getNumberInstance(session.getLocale());
        number.setMinimumFractionDigits(kpi.kind() == Kpi.Kind.COUNT ? 0 : Math.min(2, value.scale()));
        number.setMaximumFractionDigits(kpi.kind().scale());
        return switch (kpi.kind()) {
            case PERCENT -> number.format(value) + " %";
            case MONEY -> money(value);
            default -> number.format(value);
        };
    }

    /** A share such as 26.3 as "26,3 %" in Italian. */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat number = NumberFormat.getNumberInstance(session.getLocale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(value) + " %";
    }

    public String money(Object amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal value = amount instanceof Money money ? money.amount() : (BigDecimal) amount;
        NumberFormat euro = NumberFormat.getCurrencyInstance(session.getLocale());
        euro.setCurrency(Currency.getInstance("EUR"));
        return euro.format(value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(session.getLocale()).withZone(Zones.ROME).format(instant);
    }
}
