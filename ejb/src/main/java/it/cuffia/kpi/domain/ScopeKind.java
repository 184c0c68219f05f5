package it.cuffia.kpi.domain;

/** Whose KPIs a result holds. */
public enum ScopeKind {
    AGENT, TEAM, CAMPAIGN, CLIENT
}
