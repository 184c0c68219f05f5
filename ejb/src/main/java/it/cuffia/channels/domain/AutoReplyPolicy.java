package it.cuffia.channels.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a sender gets an acknowledgement. Never to automatic mail (RFC 3834: Auto-Submitted other than
 * "no"; Precedence bulk, list or junk; the X-Autoreply family of headers; delivery reports), never to the
 * mail system's own senders (mailer-daemon, postmaster, no-reply) nor to the suite's own mailboxes — so two
 * auto-responders never answer each other — and at most {@link #MAX_PER_HOUR} an hour to one sender.
 */
public final class AutoReplyPolicy {

    /** Acknowledgements to one address in an hour. */
    public static final int MAX_PER_HOUR = 5;

    private static final Set<String> BULK = Set.of("bulk", "list", "junk");
    private static final Set<String> SYSTEM_LOCAL_PARTS = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply",
            "do-not-reply", "donotreply", "bounce", "bounces");

    private AutoReplyPolicy() {
    }

    /**
     * What to do about acknowledging this mail.
     *
     * @param ownAddresses the suite's mailbox addresses (lower case)
     * @param acksInLastHour acknowledgements already sent to this sender in the last hour
     */
    public static InboundMail.Ack decide(ParsedMail mail, Set<String> ownAddresses, long acksInLastHour) {
        if (isAutomatic(mail)) {
            return InboundMail.Ack.AUTOMATED;
        }
        if (isSystemSender(mail.fromAddress(), ownAddresses)) {
            return InboundMail.Ack.SYSTEM_SENDER;
        }
        if (acksInLastHour >= MAX_PER_HOUR) {
            return InboundMail.Ack.RATE_LIMITED;
        }
        return InboundMail.Ack.SENT;
    }

    /** Mail no person wrote just now: it is not acknowledged, and a report is not even a ticket. */
    public static boolean isAutomatic(ParsedMail mail) {
        String auto = mail.autoSubmitted() == null ? null : mail.autoSubmitted().trim().toLowerCase(Locale.ROOT);
        if (auto != null && !auto.isEmpty() && !auto.startsWith("no")) {
            return true;
        }
        String precedence = mail.precedence() == null ? "" : mail.precedence().trim().toLowerCase(Locale.ROOT);
        return BULK.contains(precedence) || mail.report() || mail.autoReplyHeaders();
    }

    public static boolean isSystemSender(String address, Set<String> ownAddresses) {
        if (address == null || address.isBlank()) {
            return true; // no one to answer (a null reverse path is a bounce's)
        }
        String a = address.toLowerCase(Locale.ROOT);
        if (ownAddresses.contains(a)) {
            return true;
        }
        int at = a.indexOf('@');
        String local = at < 0 ? a : a.substring(0, at);
        return SYSTEM_LOCAL_PARTS.contains(local);
    }

    /** A delivery failure report (a bounce) about a message someone sent. */
    public static boolean isBounce(ParsedMail mail) {
        if (mail.report()) {
            return true;
        }
        String local = mail.fromAddress() == null ? "" : mail.fromAddress().split("@")[0];
        return "mailer-daemon".equals(local) || "postmaster".equals(local);
    }
}
