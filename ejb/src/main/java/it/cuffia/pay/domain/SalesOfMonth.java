package it.cuffia.pay.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a per-sale line paid for fewer sales than the agent made: "4 sales, 2 paid; 1 without consent
 * (999,99 €), 1 cancelled (500,00 €)". A sale without consent counts there even if later cancelled.
 */
public record SalesOfMonth(int all, int paid, int withoutConsent, BigDecimal withoutConsentTotal, int cancelled, BigDecimal cancelledTotal) {

    public static SalesOfMonth of(List<SaleFact> sales) {
        int paid = 0, withoutConsent = 0, cancelled = 0;
        BigDecimal withoutConsentTotal = BigDecimal.ZERO.setScale(2), cancelledTotal = BigDecimal.ZERO.setScale(2);
        for (SaleFact sale : sales) {
            if (!sale.consentOk()) {
                withoutConsent++;
                withoutConsentTotal = withoutConsentTotal.add(sale.total());
            } else if (sale.cancelledAt() != null) {
                cancelled++;
                cancelledTotal = cancelledTotal.add(sale.total());
            } else {
                paid++;
            }
        }
        return new SalesOfMonth(sales.size(), paid, withoutConsent, withoutConsentTotal, cancelled, cancelledTotal);
    }

    /** The per-sale lines without another note (a gate's explains them already) get this one when a sale paid nothing. */
    public List<StatementLine> explain(List<StatementLine> lines) {
        if (paid == all) {
            return lines;
        }
        List<StatementLine> explained = new ArrayList<>();
        for (StatementLine line : lines) {
            boolean perSale = line.rate() != null && line.rate().kind() == Rate.Kind.PER_SALE;
            explained.add(perSale && line.note() == null ? line.withNote(StatementLine.SALES_NOTE, encode()) : line);
        }
        return explained;
    }

    /** "4;2;1;999.99;1;500.00": plain numbers, for the reader's format when shown. */
    public String encode() {
        return all + ";" + paid + ";" + withoutConsent + ";" + withoutConsentTotal.toPlainString() + ";" + cancelled + ";"
                + cancelledTotal.toPlainString();
    }

    public static SalesOfMonth parse(String encoded) {
        String[] parts = encoded.split(";");
        return new SalesOfMonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                new BigDecimal(parts[3]), Integer.parseInt(parts[4]), new BigDecimal(parts[5]));
    }
}
