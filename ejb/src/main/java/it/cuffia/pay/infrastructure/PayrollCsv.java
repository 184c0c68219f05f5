package it.cuffia.pay.infrastructure;

import it.cuffia.pay.application.PayrollRow;
import it.cuffia.shared.infrastructure.CsvOutput;
import java.util.List;

/** The payroll file of a month: one row per approved statement, amounts with a dot and two decimals. */
public final class PayrollCsv {

    /** The columns of both payroll files (CSV and XLSX), named for the payroll office's import. */
    public static final List<String> HEADER = List.of("month", "employee_code", "username", "last_name", "first_name", "contract",
            "weekly_hours", "fixed", "variable", "clawback", "adjustment", "total", "approved_by", "approved_at");

    private PayrollCsv() {
    }

    public static byte[] write(List<PayrollRow> rows) {
        try (CsvOutput csv = CsvOutput.plain()) {
            csv.row(HEADER.toArray());
            for (PayrollRow r : rows) {
                // amounts as numbers: a clawback stays a readable "-12.50", never "'-12.50"
                csv.row(r.month(), r.employeeCode(), r.username(), r.lastName(), r.firstName(), r.contractType(), r.weeklyHours(),
                        r.fixed(), r.variable(), r.clawback(), r.adjustment(), r.total(), r.approvedBy(), r.approvedAt());
            }
            return csv.bytes();
        }
    }
}
