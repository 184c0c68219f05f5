package it.cuffia.ticketing.domain;

/** A ticket against its resolution deadline: on track, at risk (last quarter), breached; met or missed once resolved. */
public enum SlaStatus {
    ON_TRACK, AT_RISK, BREACHED, MET, MISSED
}
