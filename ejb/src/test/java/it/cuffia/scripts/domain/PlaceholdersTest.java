package it.cuffia.scripts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void theCallsDataFillsTheText() {
        String html = RichText.clean("<p>Buongiorno <b>{customer.firstName}</b>, sono {agent.firstName} di {client.name}.</p>");
        assertEquals("<p>Buongiorno <b>Maria</b>, sono Luca di Telefonia Aurora.</p>",
                Placeholders.render(html, Map.of("customer.firstName", "Maria", "agent.firstName", "Luca", "client.name", "Telefonia Aurora")));
    }

    @Test
    void valuesAreTextNeverHtml() {
        String rendered = Placeholders.render("<p>Gentile {customer.lastName}</p>",
                Map.of("customer.lastName", "<script>alert('x')</script> & Figli"));
        assertEquals("<p>Gentile &lt;script&gt;alert('x')&lt;/script&gt; &amp; Figli</p>", rendered);
    }

    @Test
    void aMissingValueShowsADashAndUnknownNamesStayAsWritten() {
        assertEquals("<p>Offerta: — {foo.bar}</p>", Placeholders.render("<p>Offerta: {offer.name} {foo.bar}</p>", Map.of()));
        assertEquals("Costa troppo? —", Placeholders.fill("Costa troppo? {offer.price}", Map.of()));
    }

    @Test
    void theAuthorsHtmlIsKeptToASafeSubset() {
        assertEquals("<p>Ciao <strong>{customer.firstName}</strong></p>",
                RichText.clean("<p onclick=\"steal()\">Ciao <strong>{customer.firstName}</strong><script>steal()</script></p>"));
        assertNull(RichText.clean("<p><br></p>"));
    }

    @Test
    void placeholdersAreFoundInTheTextNotInTheMarkup() {
        assertEquals(Set.of("customer.firstName", "offer.nome"), Placeholders.used("<p>{customer.firstName} <em>{offer.nome}</em></p>"));
        assertEquals(Set.of("offer.nome"), Placeholders.unknown("<p>{customer.firstName} <em>{offer.nome}</em></p>"));
    }
}
