package it.cuffia.pay.infrastructure;

import it.cuffia.pay.domain.PayStatement;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The payroll file of a month: one row per approved statement, amounts with a dot and two decimals. */
public final class PayrollCsv {

    private static final String[] HEADER = {"month", "username", "first_name", "last_name", "fixed", "variable", "total", "approved_by", "approved_at"};

    private PayrollCsv() {
    }

    public static byte[] write(List<PayStatement> approved) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get())) {
            for (PayStatement s : approved) {
                csv.printRecord(s.getMonth(), s.getAgent().getUsername(), s.getAgent().getFirstName(), s.getAgent().getLastName(),
                        s.getFixedPay().amount().toPlainString(), s.getVariablePay().amount().toPlainString(), s.getTotal().amount().toPlainString(),
                        s.getApprovedBy(), s.getApprovedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
