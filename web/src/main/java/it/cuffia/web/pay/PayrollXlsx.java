package it.cuffia.web.pay;

import it.cuffia.pay.application.PayrollRow;
import it.cuffia.pay.infrastructure.PayrollCsv;
import it.cuffia.shared.domain.Zones;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The payroll file as a spreadsheet: the CSV's columns, amounts as numbers with two decimals, the approval in Rome time. */
final class PayrollXlsx {

    private PayrollXlsx() {
    }

    static byte[] write(List<PayrollRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("payroll");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle when = workbook.createCellStyle();
            when.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < PayrollCsv.HEADER.size(); i++) {
                header.createCell(i).setCellValue(PayrollCsv.HEADER.get(i));
            }
            int n = 1;
            for (PayrollRow r : rows) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.month().toString());
                text(row, 1, r.employeeCode());
                text(row, 2, r.username());
                text(row, 3, r.lastName());
                text(row, 4, r.firstName());
                text(row, 5, r.contractType());
                if (r.weeklyHours() != null) {
                    row.createCell(6).setCellValue(r.weeklyHours());
                }
                amount(row, 7, r.fixed(), money);
                amount(row, 8, r.variable(), money);
                amount(row, 9, r.clawback(), money);
                amount(row, 10, r.adjustment(), money);
                amount(row, 11, r.total(), money);
                text(row, 12, r.approvedBy());
                if (r.approvedAt() != null) {
                    row.createCell(13).setCellValue(LocalDateTime.ofInstant(r.approvedAt(), Zones.ROME));
                    row.getCell(13).setCellStyle(when);
                }
            }
            for (int i = 0; i < PayrollCsv.HEADER.size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("payroll spreadsheet could not be written", e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        row.createCell(column).setCellValue(value.doubleValue());
        row.getCell(column).setCellStyle(style);
    }
}
