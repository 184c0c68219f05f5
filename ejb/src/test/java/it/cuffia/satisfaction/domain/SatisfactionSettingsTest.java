package it.cuffia.satisfaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Zones;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SatisfactionSettingsTest {

    private final Client aurora = new Client("AURORA", "Telefonia Aurora");
    private final SatisfactionSettings.Data defaults = SatisfactionSettings.defaults("https://assistenza.example.it/cuffia/");

    private SatisfactionSettings.Data with(Integer delay, Integer valid, Integer quiet, String base, String bodyIt) {
        return new SatisfactionSettings.Data(true, false, delay, valid, quiet, base, defaults.subjectIt(), bodyIt, defaults.subjectEn(),
                defaults.bodyEn());
    }

    @Test
    void aNewClientSurveysNobodyUntilTheAdminSaysSo() {
        SatisfactionSettings off = new SatisfactionSettings(aurora, defaults);
        assertFalse(off.isOn());
        assertFalse(off.surveys(SurveySubject.TICKET));
        assertFalse(off.surveys(SurveySubject.CALL));
        SatisfactionSettings tickets = new SatisfactionSettings(aurora, with(90, 14, 7, defaults.linkBase(), defaults.bodyIt()));
        assertTrue(tickets.surveys(SurveySubject.TICKET));
        assertFalse(tickets.surveys(SurveySubject.CALL));
        assertEquals(Duration.ofMinutes(90), tickets.delay());
        assertEquals("https://assistenza.example.it/cuffia", tickets.getLinkBase(), "the trailing slash is dropped");
    }

    @Test
    void theMailSpeaksTheCustomersLanguageWithTheLinkAndItsExpiry() {
        SatisfactionSettings settings = new SatisfactionSettings(aurora, defaults);
        Instant expires = Instant.parse("2026-03-24T09:00:00Z");
        SatisfactionSettings.Mail italian = settings.mail("it", "TOKEN", "Mario Rossi", expires, Zones.ROME);
        assertEquals("Come è andata con Telefonia Aurora?", italian.subject());
        assertTrue(italian.body().startsWith("Gentile Mario Rossi,"), italian.body());
        assertTrue(italian.body().contains("https://assistenza.example.it/cuffia/survey.xhtml?t=TOKEN&lang=it\n"), italian.body());
        assertTrue(italian.body().contains("24 marzo 2026"), italian.body());
        SatisfactionSettings.Mail english = settings.mail("en", "TOKEN", "Mario Rossi", expires, Zones.ROME);
        assertEquals("How did it go with Telefonia Aurora?", english.subject());
        assertTrue(english.body().contains("https://assistenza.example.it/cuffia/survey.xhtml?t=TOKEN&lang=en"), english.body());
        assertTrue(english.body().contains("March 24, 2026"), english.body());
    }

    @Test
    void badSettingsAreRefusedWithTheFieldNamed() {
        assertEquals("csat.settings.range", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(-1, 14, 7, defaults.linkBase(), defaults.bodyIt()))).getMessageKey());
        assertEquals("csat.settings.range", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(60, 0, 7, defaults.linkBase(), defaults.bodyIt()))).getMessageKey());
        assertEquals("csat.settings.range", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(60, 14, null, defaults.linkBase(), defaults.bodyIt()))).getMessageKey());
        assertEquals("csat.settings.linkBase.invalid", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(60, 14, 7, "ftp://x", defaults.bodyIt()))).getMessageKey());
        assertEquals("csat.settings.required", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(60, 14, 7, " ", defaults.bodyIt()))).getMessageKey());
        assertEquals("csat.settings.body.noLink", assertThrows(DomainException.class,
                () -> new SatisfactionSettings(aurora, with(60, 14, 7, defaults.linkBase(), "Ci dica come è andata."))).getMessageKey());
    }
}
