package it.cuffia.web.pay;

import it.cuffia.batch.operations.BatchOperations;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.domain.PayStatement;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.MonthParam;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import org.primefaces.model.StreamedContent;

/** A month's statements for the supervisor: review, recompute drafts, approve, close the month, payroll file. */
@Named
@ViewScoped
public class StatementsView implements Serializable {

    @Inject private PayService pay;
    @Inject private BatchOperations batch;

    /** The month as typed, and the month the table shows: the last typed one that was a month. */
    private String month;
    private YearMonth shown;
    @Inject private java.time.Clock clock;
    private ServiceLazyModel<PayStatement> model;

    @PostConstruct
    void init() {
        shown = lastMonth();
        month = shown.toString();
        model = new ServiceLazyModel<>(request -> pay.statements(shown, request));
    }

    private YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(Zones.ROME)).minusMonths(1);
    }

    /**
     * The typed month, read by the actions only: one that is not a month ("2026-13") is refused with a message and
     * the table keeps the month it shows. Rendering reads {@link #shown}, so a refused month never half-draws the page.
     */
    private YearMonth currentMonth() {
        YearMonth parsed = MonthParam.parse(month);
        shown = parsed == null ? lastMonth() : parsed;
        return shown;
    }

    public void show() {
        currentMonth();
    }

    public void approve(PayStatement statement) {
        pay.approve(statement.getId());
        Messages.info("pay.statement.approvedNow", statement.getAgent().getFullName());
    }

    public void approveAll() {
        int count = pay.approveAll(currentMonth());
        Messages.info("pay.statement.approvedAll", count);
    }

    public void recompute(PayStatement statement) {
        pay.recompute(statement.getId());
        Messages.info("pay.statement.recomputed", statement.getAgent().getFullName());
    }

    public void closeMonth() {
        YearMonth closing = currentMonth();
        long execution = batch.startMonthClose(closing);
        Messages.info("pay.monthClose.started", closing, execution);
    }

    public StreamedContent getPayroll() {
        return StatementDocuments.payroll(pay.payrollCsv(currentMonth()), currentMonth());
    }

    public StreamedContent getPayrollXlsx() {
        return StatementDocuments.payrollXlsx(pay.payroll(currentMonth()), currentMonth());
    }

    public StreamedContent pdf(PayStatement statement) {
        return pdfOf(pay.statement(statement.getId()));
    }

    public long getDrafts() { return pay.drafts(shown); }
    public ServiceLazyModel<PayStatement> getModel() { return model; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }

    private StreamedContent pdfOf(it.cuffia.pay.domain.PayStatement statement) {
        return StatementDocuments.pdf(statement, pay.employeeCodeOf(statement));
    }
}
