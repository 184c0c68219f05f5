package it.cuffia.web.pay;

import it.cuffia.kpi.application.KpiRow;
import it.cuffia.kpi.application.KpiService;
import it.cuffia.pay.application.PayService;
import it.cuffia.pay.domain.MonthlyPay;
import it.cuffia.pay.domain.PayStatement;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The agent's own numbers: today's and this month's KPIs against targets, this month's estimate, past statements. */
@Named
@ViewScoped
public class MyPayView implements Serializable {

    @Inject private KpiService kpis;
    @Inject private PayService pay;

    private List<KpiRow> board;
    private MonthlyPay estimate;
    private List<PayStatement> statements;

    @PostConstruct
    void init() {
        board = kpis.myBoard();
        estimate = pay.myEstimate();
        statements = pay.mine();
    }

    public String rule(MonthlyPay.Line line) {
        return StatementDocuments.rule(line.line().kind(), line.line().rule());
    }

    public String plan(MonthlyPay.Line line) {
        return StatementDocuments.plan(line.line().kind(), line.planName());
    }

    public String note(MonthlyPay.Line line) {
        return StatementDocuments.note(line.line().note(), line.line().noteArg());
    }

    public List<KpiRow> getBoard() { return board; }
    public MonthlyPay getEstimate() { return estimate; }
    public List<PayStatement> getStatements() { return statements; }
}
