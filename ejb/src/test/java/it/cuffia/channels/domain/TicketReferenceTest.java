package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketReferenceTest {

    @Test
    void aReplyNamesItsTicketInBrackets() {
        assertEquals("[#123]", TicketReference.of(123));
        assertEquals(Optional.of(123L), TicketReference.in("Re: [#123] Abbiamo ricevuto la sua richiesta: modem guasto"));
        assertEquals(Optional.of(7L), TicketReference.in("R: I: [#7] [#9]"), "the first reference counts");
    }

    @Test
    void aNumberOutsideBracketsIsNotAReference() {
        assertEquals(Optional.empty(), TicketReference.in("Ordine #123 non arrivato"));
        assertEquals(Optional.empty(), TicketReference.in("[#] [#abc]"));
        assertEquals(Optional.empty(), TicketReference.in(null));
    }

    @Test
    void tagPutsTheReferenceInFrontOnce() {
        assertEquals("[#5] Conferma", TicketReference.tag("Conferma", 5));
        assertEquals("Re: [#5] Conferma", TicketReference.tag("Re: [#5] Conferma", 5));
    }
}
