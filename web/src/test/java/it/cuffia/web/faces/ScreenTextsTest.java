package it.cuffia.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.appointments.domain.MeetingType;
import it.cuffia.batch.operations.ExitStatus;
import it.cuffia.contact.domain.Channel;
import it.cuffia.contact.domain.Direction;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.CustomerSnapshot;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.scripts.domain.CallOutcomes;
import it.cuffia.scripts.domain.InboundOutcome;
import it.cuffia.shared.domain.Text;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.ticketing.domain.TicketState;
import jakarta.batch.runtime.BatchStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What people read: both languages have every text, enum constants have labels, standard Faces messages name the field. */
class ScreenTextsTest {

    private static final Locale IT = Locale.ITALIAN;
    private static final Locale EN = Locale.ENGLISH;

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ScreenTextsTest.class.getResourceAsStream("/it/cuffia/web/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        for (String name : List.of("messages", "faces")) {
            Set<String> italian = new TreeSet<>(bundle(name + "_it").stringPropertyNames());
            Set<String> english = new TreeSet<>(bundle(name + "_en").stringPropertyNames());
            Set<String> onlyItalian = new TreeSet<>(italian);
            onlyItalian.removeAll(english);
            Set<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(italian);
            assertEquals(Set.of(), onlyItalian, name + ": only in Italian");
            assertEquals(Set.of(), onlyEnglish, name + ": only in English");
        }
    }

    /** A text with arguments goes through MessageFormat, where a lone apostrophe quotes: "L'indirizzo … {0}" would lose both. */
    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        for (String name : List.of("messages_it", "messages_en")) {
            Properties texts = bundle(name);
            List<String> lone = texts.stringPropertyNames().stream().sorted()
                    .filter(key -> texts.getProperty(key).matches("(?s).*\\{\\d.*") && texts.getProperty(key).matches("(?s).*(?<!')'(?!').*"))
                    .toList();
            assertEquals(List.of(), lone, name + ": a single ' in a text with {0}");
        }
    }

    @Test
    void everyConstantShownToAPersonHasALabel() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(TicketState.values()).forEach(c -> keys.add("ticket.state." + c));
        Stream.of(Priority.values()).forEach(c -> keys.add("ticket.priority." + c));
        Stream.of(TicketCategory.values()).forEach(c -> keys.add("ticket.category." + c));
        Stream.of(Channel.values()).forEach(c -> keys.add("channel." + c));
        Stream.of(Direction.values()).forEach(c -> keys.add("direction." + c));
        Stream.of(AppointmentStatus.values()).forEach(c -> keys.add("appointment.status." + c));
        Stream.of(MeetingType.values()).forEach(c -> keys.add("meetingType." + c));
        Stream.of(Outcome.values()).forEach(c -> keys.add("outcome." + c));
        Stream.of(InboundOutcome.values()).forEach(c -> keys.add("script.outcome." + c));
        Stream.of(BatchStatus.values()).forEach(c -> keys.add("batch.status." + c));
        Stream.of(ConsentPurpose.values()).forEach(c -> keys.add(CustomerSnapshot.fieldText("consent." + c).getKey()));
        Stream.of("firstName", "lastName", "email", "address.street", "address.postalCode", "address.city", "address.province",
                "address.country", "active", "phones").forEach(f -> keys.add(CustomerSnapshot.fieldText(f).getKey()));
        for (String language : List.of("it", "en")) {
            Properties texts = bundle("messages_" + language);
            keys.forEach(key -> assertTrue(texts.containsKey(key), key + " missing in " + language));
        }
    }

    @Test
    void aTimelineLineIsSaidInTheReadersLanguage() {
        Text call = Text.of("timeline.interaction.talk", Text.label("channel.", Channel.PHONE), Text.label("direction.", Direction.INBOUND), "3:05");
        assertEquals("Telefono · In entrata · 3:05", Messages.text(IT, call));
        assertEquals("Phone · Inbound · 3:05", Messages.text(EN, call));
        assertEquals("#1234 Modem guasto", Messages.text(IT, Text.of("timeline.ticket", 1234L, "Modem guasto")));
        assertEquals("Vendita", Messages.text(IT, CallOutcomes.textOf("SALE")));
        assertEquals("Richiamerà lunedì", Messages.text(EN, CallOutcomes.textOf("Richiamerà lunedì")), "an agent's own words stay as written");
        assertEquals("Concesso (telefonata)", Messages.text(IT, CustomerSnapshot.valueText("consent.MARKETING", "given (telefonata)")));
        assertEquals("Deactivated", Messages.text(EN, CustomerSnapshot.valueText("active", "false")));
    }

    @Test
    void batchExitStatusesAreNotShownAsTheJobWroteThem() {
        assertEquals("Prospetti salvati: 9 · approvati lasciati invariati: 1", Messages.text(IT, ExitStatus.textOf(ExitStatus.statements(9, 1))));
        assertEquals("Completed", Messages.text(EN, ExitStatus.textOf("COMPLETED")));
        String failed = Messages.text(IT, ExitStatus.textOf(ExitStatus.failed("statements", new IllegalStateException("giorno di prova"))));
        assertEquals("Fallito nel passo statements: IllegalStateException: giorno di prova", failed);
    }

    /**
     * Which argument of each standard message is the field's label, as Mojarra passes them
     * ({@code jakarta/faces/Messages.properties}): a message that leaves it out names no field.
     */
    private static final Map<String, Integer> LABEL_ARGUMENT = Map.ofEntries(
            Map.entry("jakarta.faces.component.UIInput.REQUIRED", 0),
            Map.entry("jakarta.faces.component.UIInput.CONVERSION", 0),
            Map.entry("jakarta.faces.component.UISelectOne.INVALID", 0),
            Map.entry("jakarta.faces.converter.BigDecimalConverter.DECIMAL", 2),
            Map.entry("jakarta.faces.converter.DateTimeConverter.DATE", 2),
            Map.entry("jakarta.faces.converter.DateTimeConverter.TIME", 2),
            Map.entry("jakarta.faces.converter.DateTimeConverter.DATETIME", 2),
            Map.entry("jakarta.faces.converter.DoubleConverter.DOUBLE", 2),
            Map.entry("jakarta.faces.converter.IntegerConverter.INTEGER", 2),
            Map.entry("jakarta.faces.converter.LongConverter.LONG", 2),
            Map.entry("jakarta.faces.converter.NumberConverter.NUMBER", 2),
            Map.entry("jakarta.faces.converter.EnumConverter.ENUM", 2),
            Map.entry("jakarta.faces.converter.BooleanConverter.BOOLEAN", 1),
            Map.entry("jakarta.faces.validator.LengthValidator.MAXIMUM", 1),
            Map.entry("jakarta.faces.validator.LengthValidator.MINIMUM", 1),
            Map.entry("jakarta.faces.validator.LongRangeValidator.MAXIMUM", 1),
            Map.entry("jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE", 2),
            Map.entry("jakarta.faces.validator.DoubleRangeValidator.MINIMUM", 1),
            Map.entry("jakarta.faces.validator.BeanValidator.MESSAGE", 1),
            Map.entry("primefaces.calendar.OUT_OF_RANGE", 0),
            Map.entry("primefaces.calendar.MIN_DATE", 0),
            Map.entry("primefaces.calendar.MAX_DATE", 0),
            Map.entry("primefaces.calendar.INVALID", 0),
            Map.entry("primefaces.calendar.DATE_INVALID_RANGE_MESSAGE_ID", 0));

    @Test
    void standardFacesMessagesNameTheFieldByItsLabel() throws IOException {
        for (String language : List.of("it", "en")) {
            Properties faces = bundle("faces_" + language);
            LABEL_ARGUMENT.forEach((key, labelAt) -> {
                for (String variant : List.of(key, key + "_detail")) {
                    String pattern = faces.getProperty(variant);
                    if (variant.equals(key) || pattern != null) {
                        assertTrue(pattern != null, variant + " missing in " + language);
                        Object[] arguments = {"abc", "01/03/2027", "abc"};
                        arguments[labelAt] = "Data di inizio";
                        String said = new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments);
                        assertTrue(said.contains("Data di inizio") || variant.endsWith("_detail") && key.contains("DateTimeConverter"),
                                variant + " (" + language + ") names no field: " + said);
                        assertFalse(said.matches(".*\\{\\d}.*"), variant + " (" + language + ") refers to an argument it is not given: " + said);
                        // one way for all: "Nome: campo obbligatorio." beside "Nome: da 3 a 60 caratteri" read as two styles
                        assertTrue(variant.endsWith("_detail") || said.endsWith("."), variant + " (" + language + ") ends without a full stop: " + said);
                    }
                }
            });
        }
    }
    /** "Elemento non trovato (dispute 12)": every kind of thing a 404 names has its word in both languages. */
    @Test
    void everyThingThatCanBeNotFoundIsNamedInBothLanguages() throws IOException {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile("new NotFoundException\\(\"(\\w+)\"");
        Set<String> kinds = new TreeSet<>();
        for (String module : List.of("../ejb/src/main/java", "src/main/java")) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(module))) {
                for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    java.util.regex.Matcher found = named.matcher(java.nio.file.Files.readString(file));
                    while (found.find()) {
                        kinds.add(found.group(1));
                    }
                }
            }
        }
        assertTrue(kinds.size() > 20, "the sources were read: " + kinds);
        for (String language : List.of("it", "en")) {
            Properties words = bundle("messages_" + language);
            kinds.forEach(kind -> assertTrue(words.containsKey("entity." + kind), "entity." + kind + " missing in " + language));
        }
    }
}
