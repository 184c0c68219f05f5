package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoReplyPolicyTest {

    private static final Set<String> OWN = Set.of("assistenza@aurora.example");

    private static ParsedMail mail(String from, String autoSubmitted, String precedence, boolean report, boolean autoHeaders) {
        return new ParsedMail("<1@x>", List.of(), from, null, "Ciao", "testo", List.of(), autoSubmitted, precedence, report, null, autoHeaders);
    }

    @Test
    void aPersonsMailIsAcknowledged() {
        assertEquals(InboundMail.Ack.SENT, AutoReplyPolicy.decide(mail("mario@rossi.example", null, null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.SENT, AutoReplyPolicy.decide(mail("mario@rossi.example", "no", null, false, false), OWN, 0));
    }

    @Test
    void automaticMailIsNotAcknowledged() {
        assertEquals(InboundMail.Ack.AUTOMATED, AutoReplyPolicy.decide(mail("mario@rossi.example", "auto-replied", null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.AUTOMATED, AutoReplyPolicy.decide(mail("mario@rossi.example", "auto-generated", null, false, false), OWN, 0));
        for (String precedence : List.of("bulk", "list", "junk", " Bulk ")) {
            assertEquals(InboundMail.Ack.AUTOMATED, AutoReplyPolicy.decide(mail("news@shop.example", null, precedence, false, false), OWN, 0));
        }
        assertEquals(InboundMail.Ack.AUTOMATED, AutoReplyPolicy.decide(mail("mario@rossi.example", null, null, true, false), OWN, 0), "a DSN");
        assertEquals(InboundMail.Ack.AUTOMATED, AutoReplyPolicy.decide(mail("mario@rossi.example", null, null, false, true), OWN, 0), "X-Autoreply");
    }

    @Test
    void theMailSystemAndTheSuiteItselfAreNeverAnswered() {
        assertEquals(InboundMail.Ack.SYSTEM_SENDER, AutoReplyPolicy.decide(mail("MAILER-DAEMON@mx.example", null, null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.SYSTEM_SENDER, AutoReplyPolicy.decide(mail("postmaster@mx.example", null, null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.SYSTEM_SENDER, AutoReplyPolicy.decide(mail("no-reply@shop.example", null, null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.SYSTEM_SENDER, AutoReplyPolicy.decide(mail("Assistenza@Aurora.example", null, null, false, false), OWN, 0));
        assertEquals(InboundMail.Ack.SYSTEM_SENDER, AutoReplyPolicy.decide(mail(null, null, null, false, false), OWN, 0));
    }

    @Test
    void oneSenderGetsAtMostFiveAnHour() {
        assertEquals(InboundMail.Ack.SENT, AutoReplyPolicy.decide(mail("mario@rossi.example", null, null, false, false), OWN, 4));
        assertEquals(InboundMail.Ack.RATE_LIMITED, AutoReplyPolicy.decide(mail("mario@rossi.example", null, null, false, false), OWN, 5));
    }

    @Test
    void aBounceIsAReportOrTheMailSystemWriting() {
        assertTrue(AutoReplyPolicy.isBounce(mail("someone@mx.example", null, null, true, false)));
        assertTrue(AutoReplyPolicy.isBounce(mail("mailer-daemon@mx.example", null, null, false, false)));
        assertFalse(AutoReplyPolicy.isBounce(mail("mario@rossi.example", "auto-replied", null, false, false)), "an out-of-office is no bounce");
    }
}
