package it.cuffia.pay.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.identity.domain.Agent;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.ContractTerms;
import it.cuffia.identity.domain.ContractType;
import it.cuffia.identity.domain.Role;
import it.cuffia.kpi.domain.Kpi;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayStatementTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private final AppUser user = new AppUser("operatore99", "Luca", "Rossi", Set.of(Role.AGENT));
    private final Agent agent = new Agent(user);

    @Test
    void aContractStartingMidMonthIsProratedByCalendarDays() {
        agent.addContract(new ContractTerms(ContractType.PART_TIME, 20, Money.euro("900.00"), LocalDate.of(2026, 2, 16), null));
        MonthlyPay pay = new MonthlyPay().fixed(agent.getContracts(), FEBRUARY);
        // 900 × 13 / 28 = 417.857… → 417.86
        assertEquals(new BigDecimal("417.86"), pay.fixed());
        assertEquals(new BigDecimal("13"), pay.lines().get(0).line().quantity());
    }

    @Test
    void aChangeOfContractMidMonthGivesOneProratedLineEach() {
        agent.addContract(new ContractTerms(ContractType.PART_TIME, 20, Money.euro("900.00"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 14)));
        agent.addContract(new ContractTerms(ContractType.FULL_TIME, 40, Money.euro("1500.00"), LocalDate.of(2026, 2, 15), null));
        MonthlyPay pay = new MonthlyPay().fixed(agent.getContracts(), FEBRUARY);
        // 900 × 14/28 = 450.00; 1500 × 14/28 = 750.00
        assertEquals(new BigDecimal("1200.00"), pay.fixed());
        assertEquals(2, pay.lines().size());
    }

    @Test
    void totalsAreSumsOfRoundedLinesAndAnApprovedStatementIsLocked() {
        MonthlyPay pay = new MonthlyPay().plan(7L, "Plan", List.of(
                StatementLine.variable("a", BigDecimal.ONE, Rate.perSale(BigDecimal.ZERO, new BigDecimal("0.335")), new BigDecimal("0.34")),
                StatementLine.variable("b", BigDecimal.ONE, Rate.perSale(BigDecimal.ZERO, new BigDecimal("0.335")), new BigDecimal("0.34"))));
        PayStatement statement = new PayStatement(user, FEBRUARY);
        statement.recompute(pay, Instant.parse("2026-03-01T02:00:00Z"), 1L);
        assertEquals(Money.euro("0.68"), statement.getTotal());

        statement.approve("supervisore1", Instant.parse("2026-03-02T09:00:00Z"));
        DomainException refused = assertThrows(DomainException.class, () -> statement.recompute(pay, Instant.now(), 2L));
        assertEquals("pay.statement.approved", refused.getMessageKey());
        assertThrows(DomainException.class, () -> statement.approve("supervisore1", Instant.now()));
        assertEquals(Long.valueOf(1L), statement.getJobExecution());
    }

    @Test
    void planRulesAreCheckedAsTheAdminTypesThem() {
        assertEquals(new BigDecimal("275"), CommissionRule.parseTiers("1:10; 21:15").amountFor(25));
        assertEquals(0, new BigDecimal("27.5").compareTo(CommissionRule.parseTiers("1:5,50").amountFor(5)));
        DomainException bad = assertThrows(DomainException.class, () -> CommissionRule.parseTiers("1-10"));
        assertEquals("pay.rule.tiersInvalid", bad.getMessageKey());
        assertThrows(DomainException.class, () -> CommissionRule.parseTiers("5:10"));
        assertEquals(0, new BigDecimal("12.5").compareTo(CommissionRule.parseTiers("1:12.50").amountFor(1)), "either decimal separator");
        for (String ambiguous : new String[] {"1:10,005", "1:1,000", "1:1.000,00", "1:-5"}) {
            DomainException refused = assertThrows(DomainException.class, () -> CommissionRule.parseTiers(ambiguous), ambiguous);
            assertEquals("pay.rule.tierRate", refused.getMessageKey(), ambiguous + ": a fraction of a cent or a thousands separator is refused, not guessed");
        }
    }

    @Test
    void aPerSaleRuleTakesAtMostTheWholeSaleAndWholeCents() {
        CommissionPlan plan = new CommissionPlan("Vendite", new it.cuffia.crm.domain.Client("FIB", "Fibra Italia"), null, YearMonth.of(2026, 1), null, null);
        DomainException over = assertThrows(DomainException.class, () -> plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE,
                "Percentuale", null, null, null, BigDecimal.ZERO, new BigDecimal("150"), null, null, null)));
        assertEquals("pay.rule.percentMax", over.getMessageKey());
        assertEquals("150", over.getArguments()[0]);
        DomainException cents = assertThrows(DomainException.class, () -> plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE,
                "Fisso", null, null, null, new BigDecimal("0.001"), BigDecimal.ZERO, null, null, null)));
        assertEquals("money.cents", cents.getMessageKey());
        plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE, "Tutto", null, null, null, BigDecimal.ZERO, new BigDecimal("100"), null, null, null));
        // a part left empty in the form is none of it: a percentage alone, a fixed amount alone
        plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE, "Solo percentuale", null, null, null, null, new BigDecimal("2"), null, null, null));
        plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE, "Solo fisso", null, null, null, new BigDecimal("5"), null, null, null, null));
        assertEquals(0, BigDecimal.ZERO.compareTo(plan.getRules().get(plan.getRules().size() - 2).getFixedAmount()));
        assertEquals("pay.rule.sale", assertThrows(DomainException.class, () -> plan.addRule(new CommissionRule.RuleData(RuleKind.PER_SALE,
                "Niente", null, null, null, null, null, null, null, null))).getMessageKey());
    }

    @Test
    void aGateMayGuardOnlyRulesOfItsPlanAndAGuardedRuleCannotBeRemoved() {
        it.cuffia.crm.domain.Client client = new it.cuffia.crm.domain.Client("FIB", "Fibra Italia");
        CommissionPlan plan = new CommissionPlan("Base", client, null, YearMonth.of(2026, 1), null, null);
        plan.addRule(new CommissionRule.RuleData(RuleKind.KPI_BONUS, "FCR bonus", null, Kpi.FCR, null, null, null,
                new BigDecimal("70"), new BigDecimal("100"), null));
        DomainException unknown = assertThrows(DomainException.class, () -> plan.addRule(new CommissionRule.RuleData(RuleKind.GATE,
                "Quality", null, Kpi.CSAT, null, null, null, new BigDecimal("4"), null, "Sales bonus")));
        assertEquals("pay.rule.guardUnknown", unknown.getMessageKey());
        DomainException duplicate = assertThrows(DomainException.class, () -> plan.addRule(new CommissionRule.RuleData(RuleKind.KPI_BONUS,
                "fcr BONUS", null, Kpi.FCR, null, null, null, BigDecimal.ONE, BigDecimal.ONE, null)));
        assertEquals("pay.rule.duplicate", duplicate.getMessageKey());
    }

    @Test
    void aNewVersionEndsThePreviousOneTheMonthBefore() {
        it.cuffia.crm.domain.Client client = new it.cuffia.crm.domain.Client("FIB", "Fibra Italia");
        CommissionPlan plan = new CommissionPlan("Base", client, null, YearMonth.of(2026, 1), null, new BigDecimal("500"));
        plan.addRule(new CommissionRule.RuleData(RuleKind.PER_UNIT, "Held", PayUnit.APPOINTMENTS_HELD, null, "1:10", null, null, null, null, null));
        CommissionPlan next = plan.newVersionFrom(YearMonth.of(2026, 4));
        assertEquals(LocalDate.of(2026, 3, 31), plan.getValidTo());
        assertEquals(LocalDate.of(2026, 4, 1), next.getValidFrom());
        assertEquals(1, next.getRules().size());
        assertEquals(true, plan.covers(YearMonth.of(2026, 3)));
        assertEquals(false, plan.covers(YearMonth.of(2026, 4)));
        assertEquals(false, plan.overlaps(next));
    }
}
