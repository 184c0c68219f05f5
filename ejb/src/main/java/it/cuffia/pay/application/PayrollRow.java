package it.cuffia.pay.application;

import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.Contract;
import it.cuffia.pay.domain.PayStatement;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * One approved statement as the payroll office imports it: who (employee code), under which contract
 * (the one in force at the month's end, or the last that covered the month), and the amounts by kind.
 */
public record PayrollRow(YearMonth month, String employeeCode, String username, String lastName, String firstName,
                         String contractType, Integer weeklyHours, BigDecimal fixed, BigDecimal variable, BigDecimal clawback,
                         BigDecimal adjustment, BigDecimal total, String approvedBy, Instant approvedAt) implements Serializable {

    public static PayrollRow of(PayStatement statement, Optional<Agent> agent) {
        YearMonth month = statement.getMonth();
        Optional<Contract> contract = agent.flatMap(a -> a.getContracts().stream().filter(c -> c.daysCovered(month) > 0)
                .max(Comparator.comparing(Contract::getValidFrom)));
        return new PayrollRow(month, agent.map(Agent::getEmployeeCode).orElse(null), statement.getAgent().getUsername(),
                statement.getAgent().getLastName(), statement.getAgent().getFirstName(),
                contract.map(c -> c.getType().name()).orElse(null), contract.map(Contract::getWeeklyHours).orElse(null),
                statement.getFixedPay().amount(), statement.getVariablePay().amount(), statement.getClawback().amount(),
                statement.getAdjustment().amount(), statement.getTotal().amount(), statement.getApprovedBy(), statement.getApprovedAt());
    }
}
