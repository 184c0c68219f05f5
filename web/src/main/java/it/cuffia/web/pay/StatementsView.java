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

    private String month;
    @Inject private java.time.Clock clock;
    private ServiceLazyModel<PayStatement> model;

    @PostConstruct
    void init() {
        month = YearMonth.now(clock.withZone(Zones.ROME)).minusMonths(1).toString();
        model = new ServiceLazyModel<>(request -> pay.statements(currentMonth(), request));
    }

    private YearMonth currentMonth() {
        YearMonth parsed = MonthParam.parse(month);
        return parsed == null ? YearMonth.now(clock.withZone(Zones.ROME)).minusMonths(1) : parsed;
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
        long execution = batch.startMonthClose(currentMonth());
        Messages.info("pay.monthClose.started", currentMonth(), execution);
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

    public long getDrafts() { return pay.drafts(currentMonth()); }
    public ServiceLazyModel<PayStatement> getModel() { return model; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }

    private StreamedContent pdfOf(it.cuffia.pay.domain.PayStatement statement) {
        return StatementDocuments.pdf(statement, pay.employeeCodeOf(statement));
    }
}
