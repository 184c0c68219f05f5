package it.cuffia.identity.domain;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import java.time.LocalDate;

/** The terms of a contract as typed by an admin, checked before they become a contract. */
public record ContractTerms(ContractType type, int weeklyHours, Money monthlySalary,
                            LocalDate validFrom, LocalDate validTo) {

    public ContractTerms {
        if (type == null) throw new DomainException("contract.type.required");
        if (validFrom == null) throw new DomainException("contract.validFrom.required");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new DomainException("contract.period.order", validFrom, validTo);
        }
        if (monthlySalary == null || !monthlySalary.isPositive()) {
            throw new DomainException("contract.salary.positive");
        }
        if (type == ContractType.FULL_TIME && weeklyHours != Contract.FULL_TIME_HOURS) {
            throw new DomainException("contract.fullTime.hours", Contract.FULL_TIME_HOURS);
        }
        if (type == ContractType.PART_TIME && (weeklyHours < 1 || weeklyHours >= Contract.FULL_TIME_HOURS)) {
            throw new DomainException("contract.partTime.hours", Contract.FULL_TIME_HOURS);
        }
    }
}
