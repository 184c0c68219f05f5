package it.cuffia.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {

    private final Agent agent = new Agent(new AppUser("operatore99", "Luca", "Rossi", Set.of(Role.AGENT)));

    private static ContractTerms fullTime(String salary, LocalDate from, LocalDate to) {
        return new ContractTerms(ContractType.FULL_TIME, 40, Money.euro(salary), from, to);
    }

    @Test
    void aContractCoversItsDaysIncludingBothEnds() {
        Contract contract = agent.addContract(fullTime("1450.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

        assertTrue(contract.covers(LocalDate.of(2026, 3, 1)));
        assertTrue(contract.covers(LocalDate.of(2026, 3, 31)));
        assertFalse(contract.covers(LocalDate.of(2026, 2, 28)));
        assertFalse(contract.covers(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void anOpenEndedContractCoversEveryDayFromItsStart() {
        agent.addContract(fullTime("1450.00", LocalDate.of(2025, 1, 1), null));

        assertTrue(agent.contractOn(LocalDate.of(2030, 6, 15)).isPresent());
        assertTrue(agent.contractOn(LocalDate.of(2024, 12, 31)).isEmpty());
    }

    @Test
    void twoContractsOfOneAgentNeverOverlap() {
        agent.addContract(fullTime("1450.00", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)));

        DomainException refused = assertThrows(DomainException.class,
                () -> agent.addContract(fullTime("1500.00", LocalDate.of(2026, 6, 30), null)));
        assertEquals("contract.overlap", refused.getMessageKey());

        agent.addContract(fullTime("1500.00", LocalDate.of(2026, 7, 1), null));
        assertEquals(2, agent.getContracts().size());
    }

    @Test
    void theTermsMustMakeSense() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertEquals("contract.period.order", assertThrows(DomainException.class,
                () -> fullTime("1450.00", from, from.minusDays(1))).getMessageKey());
        assertEquals("contract.salary.positive", assertThrows(DomainException.class,
                () -> fullTime("0.00", from, null)).getMessageKey());
        assertEquals("contract.fullTime.hours", assertThrows(DomainException.class,
                () -> new ContractTerms(ContractType.FULL_TIME, 36, Money.euro("1450"), from, null)).getMessageKey());
        assertEquals("contract.partTime.hours", assertThrows(DomainException.class,
                () -> new ContractTerms(ContractType.PART_TIME, 40, Money.euro("800"), from, null)).getMessageKey());
        assertEquals("contract.validFrom.required", assertThrows(DomainException.class,
                () -> fullTime("1450.00", null, null)).getMessageKey());
    }

    @Test
    void theFixedPayIsProratedByCalendarDays() {
        Contract whole = agent.addContract(fullTime("1450.00", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 10)));

        assertEquals(Money.euro("1450.00"), whole.fixedPayFor(YearMonth.of(2026, 1)));
        assertEquals(10, whole.daysCovered(YearMonth.of(2026, 2)));
        // 1450 × 10 / 28 = 517.857… → 517.86
        assertEquals(Money.euro("517.86"), whole.fixedPayFor(YearMonth.of(2026, 2)));
        assertEquals(Money.ZERO, whole.fixedPayFor(YearMonth.of(2026, 3)));
    }

    @Test
    void onlyAgentsHaveAgentProfiles() {
        AppUser sales = new AppUser("commerciale9", "Rita", "Neri", Set.of(Role.SALES));

        assertEquals("agent.role.required", assertThrows(DomainException.class, () -> new Agent(sales)).getMessageKey());
    }
}
