package it.cuffia.channels.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a mail names its ticket: "[#123]" in the subject, the number the consoles show as "#123". The
 * acknowledgement's subject carries it, so a customer's "Re:" comes back with it. Only a bracketed
 * reference counts: "order #123" in a subject is not one.
 */
public final class TicketReference {

    private static final Pattern REFERENCE = Pattern.compile("\\[#(\\d{1,18})]");

    private TicketReference() {
    }

    public static String of(long ticketId) {
        return "[#" + ticketId + "]";
    }

    /** The subject with its ticket's reference in front, unless it already has it. */
    public static String tag(String subject, long ticketId) {
        String reference = of(ticketId);
        String s = subject == null ? "" : subject;
        return s.contains(reference) ? s : (reference + " " + s).strip();
    }

    /** The first ticket number a text names, if any. */
    public static Optional<Long> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
