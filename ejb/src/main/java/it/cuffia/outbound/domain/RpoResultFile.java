package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The result of a check against the Registro pubblico delle opposizioni, as a CSV of
 * number; check date; outcome ("iscritto"/"registered"/"sì" = opposed, "non iscritto"/"no" = free).
 * A header line is recognised and skipped; bad rows are reported with their line.
 */
public final class RpoResultFile {

    public record Rejection(long lineNumber, String reasonKey, String value) {
    }

    public record Report(int stored, List<Rejection> rejected) {
        public int getStored() { return stored; }
        public List<Rejection> getRejected() { return rejected; }
    }

    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<LocalDate, Map<String, Boolean>> answers = new TreeMap<>();
    private final List<Rejection> rejected = new ArrayList<>();

    private final LocalDate today;

    private RpoResultFile(LocalDate today) {
        this.today = today;
    }

    /** Reads the file; a check dated after {@code today} cannot be a real answer of the register and is refused by line. */
    public static RpoResultFile read(byte[] content, LocalDate today) {
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new DomainException("rpo.file.empty");
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        RpoResultFile file = new RpoResultFile(today);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                file.accept(record);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DomainException("rpo.file.malformed");
        }
        return file;
    }

    private void accept(CSVRecord record) {
        long line = record.getRecordNumber();
        String number = record.size() > 0 ? record.get(0) : "";
        if (line == 1 && !number.isEmpty() && !Character.isDigit(number.replace("+", "").charAt(0))) {
            return; // header
        }
        if (record.size() < 3) {
            rejected.add(new Rejection(line, "rpo.row.columns", String.join(";", record.toList())));
            return;
        }
        String e164;
        try {
            e164 = PhoneNumber.parse(number).e164();
        } catch (DomainException e) {
            rejected.add(new Rejection(line, "rpo.row.phone", number));
            return;
        }
        LocalDate checkedOn;
        try {
            String date = record.get(1);
            checkedOn = date.contains("/") ? LocalDate.parse(date, ITALIAN) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            rejected.add(new Rejection(line, "rpo.row.date", record.get(1)));
            return;
        }
        if (checkedOn.isAfter(today)) {
            rejected.add(new Rejection(line, "rpo.row.future", record.get(1)));
            return;
        }
        Boolean registered = registered(record.get(2));
        if (registered == null) {
            rejected.add(new Rejection(line, "rpo.row.outcome", record.get(2)));
            return;
        }
        answers.computeIfAbsent(checkedOn, d -> new LinkedHashMap<>()).put(e164, registered);
    }

    private static Boolean registered(String outcome) {
        return switch (outcome.toLowerCase(Locale.ROOT).trim()) {
            case "iscritto", "iscritta", "registered", "opposed", "sì", "si", "s", "yes", "y", "1", "true" -> Boolean.TRUE;
            case "non iscritto", "non iscritta", "not registered", "free", "no", "n", "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    public Map<LocalDate, Map<String, Boolean>> answersByDay() {
        return answers;
    }

    public List<Rejection> rejected() {
        return List.copyOf(rejected);
    }
}
