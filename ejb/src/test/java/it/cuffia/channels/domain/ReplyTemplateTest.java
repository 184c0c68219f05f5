package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.DomainException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client's text module: checked when written, filled in from the ticket when used. */
class ReplyTemplateTest {

    private final Client client = new Client("AURORA", "Aurora Energia S.p.A.");

    @Test
    void theTicketsValuesTakeThePlaceholdersPlacesAndAMissingOneReadsAsADash() {
        ReplyTemplate template = new ReplyTemplate(client, "Fattura", "Gentile {customer.fullName},\nin allegato la fattura.\n{agent.fullName} ({campaign.name})", true);
        assertEquals("Gentile Giulia Bianchi,\nin allegato la fattura.\nLuca Rossi (—)",
                template.fill(Map.of("customer.fullName", "Giulia Bianchi", "agent.fullName", "Luca Rossi")));
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new ReplyTemplate(client, "Fattura", "Gentile {cliente.nome}, grazie", true));
        assertEquals("replyTemplate.placeholder.unknown", refused.getMessageKey());
        assertEquals("{cliente.nome}", refused.getArguments()[0]);
    }

    @Test
    void aNameAndATextAreRequired() {
        assertEquals("replyTemplate.required", assertThrows(DomainException.class, () -> new ReplyTemplate(client, " ", "Testo", true)).getMessageKey());
        assertEquals("replyTemplate.required", assertThrows(DomainException.class, () -> new ReplyTemplate(client, "Nome", "", true)).getMessageKey());
    }
}
