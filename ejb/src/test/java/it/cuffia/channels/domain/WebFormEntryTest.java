package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import it.cuffia.ticketing.domain.TicketCategory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebFormEntryTest {

    private static final WebFormEntry.File NOTE = new WebFormEntry.File("nota.txt", "text/plain",
            "Il modem lampeggia".getBytes(StandardCharsets.UTF_8));

    private static WebFormEntry entry(String email, String phone, boolean privacy, List<WebFormEntry.File> files) {
        return new WebFormEntry("  Giulia ", "Bianchi", email, phone, TicketCategory.TECHNICAL_SUPPORT,
                "Linea assente", "La linea non funziona da ieri.", privacy, "it", files);
    }

    private static String refusal(WebFormEntry entry) {
        return assertThrows(DomainException.class, entry::checked).getMessageKey();
    }

    @Test
    void aCompleteEntryIsCleanedUp() {
        WebFormEntry checked = entry(" Giulia.Bianchi@Example.IT ", "02 4000 1234", true, List.of(NOTE)).checked();
        assertEquals("Giulia", checked.firstName());
        assertEquals("giulia.bianchi@example.it", checked.email());
        assertEquals("+390240001234", checked.phone());
        assertEquals(1, checked.files().size());
    }

    @Test
    void thePhoneIsOptionalButMustBeANumber() {
        assertEquals(null, entry("g@example.it", " ", true, List.of()).checked().phone());
        assertEquals("phone.invalid", refusal(entry("g@example.it", "12", true, List.of())));
    }

    @Test
    void badInputIsRefusedWithItsRule() {
        assertEquals("webform.email.invalid", refusal(entry("not-an-address", null, true, List.of())));
        assertEquals("webform.missing", refusal(entry(" ", null, true, List.of())));
        assertEquals("webform.privacy.required", refusal(entry("g@example.it", null, false, List.of())));
        assertEquals("webform.files.tooMany", refusal(entry("g@example.it", null, true, List.of(NOTE, NOTE, NOTE, NOTE))));
        assertEquals("webform.missing", refusal(new WebFormEntry("A", "B", "g@example.it", null,
                TicketCategory.INFORMATION, "S", "  ", true, "en", List.of())));
    }

    @Test
    void everyEmptyRequiredFieldIsNamedAtOnce() {
        DomainException refused = assertThrows(DomainException.class,
                () -> new WebFormEntry(" ", "B", null, null, null, "S", "", false, "it", List.of()).checked());
        assertEquals("webform.missing.privacy", refused.getMessageKey(), "and the privacy notice too, in the same message");
        assertEquals(Text.list(List.of(Text.of("webform.firstName"), Text.of("webform.email"), Text.of("webform.category"),
                Text.of("webform.message"))), refused.getArguments()[0]);
    }

    @Test
    void aFileIsCheckedByItsContentLikeATicketUpload() {
        WebFormEntry.File page = new WebFormEntry.File("nota.txt", "text/plain",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals("attachment.mismatch", refusal(entry("g@example.it", null, true, List.of(page))));
    }

    @Test
    void onlyEnglishOrItalian() {
        assertEquals("it", new WebFormEntry("A", "B", "c@d.it", null, null, "S", "M", true, "fr", null).language());
        assertEquals("en", new WebFormEntry("A", "B", "c@d.it", null, null, "S", "M", true, "en", null).language());
    }
}
