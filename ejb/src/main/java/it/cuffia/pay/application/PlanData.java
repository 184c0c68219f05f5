package it.cuffia.pay.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** What the admin types for a plan version. */
public record PlanData(String name, Long clientId, Long campaignId, YearMonth from, YearMonth to, BigDecimal monthlyCap) implements Serializable {
}
