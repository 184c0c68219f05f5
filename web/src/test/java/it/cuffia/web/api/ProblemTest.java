package it.cuffia.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void theCodeIsTheMessageKeyTheDetailIsInTheCallersLanguage() {
        Problem italian = Problem.of(Locale.ITALIAN, 415, "api.unsupportedMediaType", "/api/tickets", "text/plain");
        Problem english = Problem.of(Locale.ENGLISH, 415, "api.unsupportedMediaType", "/api/tickets", "text/plain");

        assertEquals("api.unsupportedMediaType", italian.code());
        assertEquals(italian.code(), english.code());
        assertEquals("Tipo di contenuto non accettato", italian.title());
        assertEquals("Content type not accepted", english.title());
        assertEquals("L'indirizzo /api/tickets non accetta un corpo di tipo text/plain: i dati vanno inviati come application/json "
                + "(i file CSV come text/csv).", italian.detail());
        assertEquals(List.of(), english.errors());
    }

    @Test
    void italianUnlessEnglishIsAskedFor() {
        assertEquals(Locale.ITALIAN, ProblemMappers.locale(List.of()));
        assertEquals(Locale.ITALIAN, ProblemMappers.locale(List.of(Locale.GERMAN, Locale.forLanguageTag("it-CH"))));
        assertEquals(Locale.ENGLISH, ProblemMappers.locale(List.of(Locale.forLanguageTag("en-GB"), Locale.ITALIAN)));
    }
}
