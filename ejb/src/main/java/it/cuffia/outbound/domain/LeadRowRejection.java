package it.cuffia.outbound.domain;

import java.util.List;

/** A line left out of the import, with a message key and its arguments to tell the client why. */
public record LeadRowRejection(long lineNumber, String reasonKey, List<String> args) implements LeadRowResult {

    public LeadRowRejection {
        args = List.copyOf(args);
    }
}
