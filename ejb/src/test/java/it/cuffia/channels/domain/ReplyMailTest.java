package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The mail that carries an answer: subject, signature, the quoted conversation, the threading headers. */
class ReplyMailTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant MARCH_9 = Instant.parse("2026-03-09T08:15:00Z");
    private static final Instant MARCH_10 = Instant.parse("2026-03-10T09:40:00Z");

    private static ReplyMail compose(String signature, List<String> thread, String answered, List<ReplyMail.Quoted> history, String language) {
        return ReplyMail.compose(118, "Fattura errata", "Gentile cliente,\nabbiamo corretto la fattura.", signature,
                "assistenza@aurora.example", thread, answered, history, ChannelTexts.in(language), ROME);
    }

    @Test
    void theSubjectCarriesTheTicketsReferenceSoThatTheCustomersAnswerComesBack() {
        ReplyMail mail = compose(null, List.of(), null, List.of(), "it");
        assertEquals("[#118] Fattura errata", mail.subject());
        assertEquals(118L, TicketReference.in("Re: " + mail.subject()).orElseThrow());
    }

    @Test
    void theAnswerThenTheSignatureThenTheConversationNewestFirstQuoted() {
        ReplyMail mail = compose("Aurora Energia\nServizio clienti", List.of("<a@customer.example>"), "<a@customer.example>", List.of(
                new ReplyMail.Quoted(MARCH_10, "mario@customer.example", "Avete novità?\n> vecchia citazione"),
                new ReplyMail.Quoted(MARCH_9, "mario@customer.example", "La fattura di febbraio è errata.")), "it");
        assertEquals("""
                Gentile cliente,
                abbiamo corretto la fattura.

                --\s
                Aurora Energia
                Servizio clienti

                Il 10/03/26, 10:40, mario@customer.example ha scritto:
                > Avete novità?
                >> vecchia citazione

                Il 09/03/26, 09:15, mario@customer.example ha scritto:
                > La fattura di febbraio è errata.""", mail.body());
    }

    @Test
    void inEnglishTheQuoteSaysWroteWithAnEnglishDate() {
        ReplyMail mail = compose(null, List.of(), null, List.of(new ReplyMail.Quoted(MARCH_9, "mario@customer.example", "Hello")), "en");
        assertTrue(mail.body().contains("On 3/9/26, 9:15 AM, mario@customer.example wrote:\n> Hello"), mail.body());
    }

    @Test
    void theHeadersAnswerTheCustomersLastMailAndNameTheThread() {
        ReplyMail mail = compose(null, List.of("<a@customer.example>", "<cuffia.118.x@aurora.example>", "<b@customer.example>"),
                "<b@customer.example>", List.of(), "it");
        assertEquals("<b@customer.example>", mail.inReplyTo());
        assertEquals(List.of("<a@customer.example>", "<cuffia.118.x@aurora.example>", "<b@customer.example>"), mail.references());
        assertTrue(mail.messageId().matches("<cuffia\\.118\\.[0-9a-f-]{36}@aurora\\.example>"), mail.messageId());
        assertNotEquals(mail.messageId(), compose(null, List.of(), null, List.of(), "it").messageId(), "every answer has its own id");
    }

    @Test
    void aLongThreadKeepsItsFirstMessageAndTheLatestOnes() {
        List<String> thread = IntStream.rangeClosed(1, 25).mapToObj(i -> "<m" + i + "@customer.example>").toList();
        List<String> kept = ReplyMail.references(thread);
        assertEquals(ReplyMail.MAX_REFERENCES, kept.size());
        assertEquals("<m1@customer.example>", kept.get(0));
        assertEquals("<m17@customer.example>", kept.get(1));
        assertEquals("<m25@customer.example>", kept.get(9));
    }

    @Test
    void theOldestQuotedMessagesGiveWayWhenTheConversationIsTooLong() {
        String long3000 = "x".repeat(3000);
        List<ReplyMail.Quoted> history = List.of(new ReplyMail.Quoted(MARCH_10, "c", "terzo " + long3000),
                new ReplyMail.Quoted(MARCH_9, "c", "secondo " + long3000), new ReplyMail.Quoted(MARCH_9.minusSeconds(3600), "c", "primo " + long3000));
        ReplyMail mail = compose(null, List.of(), null, history, "it");
        assertTrue(mail.body().length() <= ReplyMail.MAX_BODY);
        assertTrue(mail.body().contains("> terzo") && mail.body().contains("> secondo"));
        assertFalse(mail.body().contains("primo"), "the oldest message is left out whole, not cut in the middle");
    }

    @Test
    void theSuitesOwnNamesForMessagesWithoutAnIdThreadNothing() {
        assertTrue(ReplyMail.threads("<a@customer.example>"));
        assertFalse(ReplyMail.threads("<0a1b@cuffia.invalid>"));
        assertFalse(ReplyMail.threads("<0a1b@cuffia.long>"));
    }

    @Test
    void filesOfMoreThanFifteenMegabytesTogetherAreRefused() {
        ReplyMail.checkAttachments(ReplyMail.MAX_ATTACHMENT_BYTES);
        DomainException refused = assertThrows(DomainException.class, () -> ReplyMail.checkAttachments(ReplyMail.MAX_ATTACHMENT_BYTES + 1));
        assertEquals("reply.attachments.tooLarge", refused.getMessageKey());
    }
}
