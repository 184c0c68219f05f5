package it.cuffia.outbound.domain;

/** What reading one line of a lead file gave: a lead to call, or the reason it was left out. */
public sealed interface LeadRowResult permits LeadRow, LeadRowRejection {

    long lineNumber();
}
