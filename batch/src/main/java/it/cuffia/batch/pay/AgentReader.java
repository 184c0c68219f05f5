package it.cuffia.batch.pay;

import it.cuffia.batch.operations.ListReader;
import it.cuffia.pay.application.StatementCalculation;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;

/** The month's agents in id order. */
@Named
@Dependent
public class AgentReader extends ListReader {

    @Inject @BatchProperty private String month;
    @Inject private StatementCalculation statements;

    @Override
    protected List<?> items() {
        return statements.agentsFor(YearMonth.parse(month.trim()));
    }
}
