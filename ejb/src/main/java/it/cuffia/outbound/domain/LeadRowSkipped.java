package it.cuffia.outbound.domain;

/** A record with nothing in it (an empty line, or ";;;;" padding): no lead, but reported, so the counts add up. */
public record LeadRowSkipped(long lineNumber, String reasonKey) implements LeadRowResult {
}
