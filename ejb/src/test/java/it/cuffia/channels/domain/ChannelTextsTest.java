package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.cuffia.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

/** What a ticket's timeline says of a refused attachment: the reason in the mailbox's language, never a message key. */
class ChannelTextsTest {

    @Test
    void anAttachmentRefusedByTheUploadRulesIsSaidInWords() {
        DomainException tooLarge = new DomainException("attachment.tooLarge", 5);
        assertEquals("Allegato a.pdf non conservato (file troppo grande); il messaggio completo è conservato nella casella.",
                ChannelTexts.in("it").say("attachment.refused", "a.pdf", ChannelTexts.in("it").reason(tooLarge)));
        assertEquals("file type not allowed", ChannelTexts.in("en").reason(new DomainException("attachment.type", "x")));
        assertEquals("non ammesso", ChannelTexts.in("it").reason(new DomainException("something.else")));
    }
}
