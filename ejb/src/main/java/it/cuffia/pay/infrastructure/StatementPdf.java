package it.cuffia.pay.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.pay.domain.PayStatementLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * An agent's statement as a one-page PDF (OpenPDF): who, which month, status, every line with
 * its plan, quantity or KPI value, rate, amount and note, and the totals. Labels come from the
 * caller in the reader's language.
 */
public final class StatementPdf {

    /*
     * The standard Type 1 Helvetica of a PDF has no "≥" or "≤" (they vanished from the rate and the
     * notes), so the statement embeds Liberation Sans (SIL Open Font License) from OpenPDF's own
     * openpdf-fonts-extra, subset and Identity-H encoded: every character of the text is drawn.
     */
    private static final BaseFont SANS = font("LiberationSans-Regular.ttf");
    private static final BaseFont SANS_BOLD = font("LiberationSans-Bold.ttf");

    private StatementPdf() {
    }

    private static BaseFont font(String file) {
        try (InputStream in = StatementPdf.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is not on the class path (openpdf-fonts-extra)");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + file + " could not be read", e);
        } catch (DocumentException e) {
            throw new IllegalStateException("font " + file + " could not be loaded", e);
        }
    }

    /**
     * How the reader reads the statement: {@code label} turns a message key into text in their
     * language, the others write a line's rule, quantity, rate and note and an amount in euro in
     * their format.
     */
    /**
     * What heads the page, written by the caller in the reader's language: the company (name, then an address
     * line or none), the period ("febbraio 2026"), the agent with their employee code, and the approval
     * ("Approvato il 02/03/2026 10:00 da supervisore1") or the draft's status.
     */
    public record Heading(String company, String companyAddress, String period, String agent, String approval) {
    }

    public record Texts(Function<String, String> label, Function<PayStatementLine, String> plan, Function<PayStatementLine, String> rule, Function<PayStatementLine, String> quantity,
                        Function<PayStatementLine, String> rate, Function<PayStatementLine, String> note, Function<BigDecimal, String> money) {
    }

    public static byte[] render(PayStatement statement, Heading heading, Texts texts) {
        Function<String, String> label = texts.label();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Font title = new Font(SANS_BOLD, 14);
            Font normal = new Font(SANS, 9);
            Font bold = new Font(SANS_BOLD, 9);
            document.add(new Paragraph(heading.company(), bold));
            if (heading.companyAddress() != null && !heading.companyAddress().isBlank()) {
                document.add(new Paragraph(heading.companyAddress(), normal));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(label.apply("pay.statement.title") + " · " + heading.period(), title));
            document.add(new Paragraph(heading.agent(), normal));
            document.add(new Paragraph(heading.approval(), normal));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {3f, 3f, 1.4f, 2.4f, 1.6f, 3f});
            table.setWidthPercentage(100);
            for (String header : new String[] {"pay.line.plan", "pay.line.rule", "pay.line.quantity", "pay.line.rate", "pay.line.amount", "pay.line.note"}) {
                table.addCell(new PdfPCell(new Phrase(label.apply(header), bold)));
            }
            for (PayStatementLine line : statement.getLines()) {
                table.addCell(new Phrase(texts.plan().apply(line), normal));
                table.addCell(new Phrase(texts.rule().apply(line), normal));
                table.addCell(right(texts.quantity().apply(line), normal));
                table.addCell(new Phrase(texts.rate().apply(line), normal));
                table.addCell(right(texts.money().apply(line.getAmount().amount()), normal));
                table.addCell(new Phrase(texts.note().apply(line), normal));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(total(label.apply("pay.fixed") + ": " + texts.money().apply(statement.getFixedPay().amount()), normal));
            document.add(total(label.apply("pay.variable") + ": " + texts.money().apply(statement.getVariablePay().amount()), normal));
            if (statement.getClawback().isNegative()) {
                document.add(total(label.apply("pay.clawback") + ": " + texts.money().apply(statement.getClawback().amount()), normal));
            }
            if (statement.getAdjustment().amount().signum() != 0) {
                document.add(total(label.apply("pay.adjustment") + ": " + texts.money().apply(statement.getAdjustment().amount()), normal));
            }
            document.add(total(label.apply("pay.total") + ": " + texts.money().apply(statement.getTotal().amount()), bold));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("statement PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph total(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }
}
