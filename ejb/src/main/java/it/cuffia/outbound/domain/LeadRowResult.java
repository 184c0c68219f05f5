package it.cuffia.outbound.domain;

/** What reading one record of a lead file gave: a lead to call, the reason it was left out, or that it was empty. */
public sealed interface LeadRowResult permits LeadRow, LeadRowRejection, LeadRowSkipped {

    long lineNumber();
}
