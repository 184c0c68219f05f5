package it.cuffia.pay.infrastructure;

import it.cuffia.pay.domain.PayStatement;
import it.cuffia.shared.infrastructure.CsvOutput;
import java.util.List;

/** The payroll file of a month: one row per approved statement, amounts with a dot and two decimals. */
public final class PayrollCsv {

    private static final String[] HEADER = {"month", "username", "first_name", "last_name", "fixed", "variable", "total", "approved_by", "approved_at"};

    private PayrollCsv() {
    }

    public static byte[] write(List<PayStatement> approved) {
        try (CsvOutput csv = CsvOutput.plain()) {
            csv.row((Object[]) HEADER);
            for (PayStatement s : approved) {
                // amounts as numbers: a negative adjustment stays a readable "-12.50", never "'-12.50"
                csv.row(s.getMonth(), s.getAgent().getUsername(), s.getAgent().getFirstName(), s.getAgent().getLastName(),
                        s.getFixedPay().amount(), s.getVariablePay().amount(), s.getTotal().amount(),
                        s.getApprovedBy(), s.getApprovedAt());
            }
            return csv.bytes();
        }
    }
}
