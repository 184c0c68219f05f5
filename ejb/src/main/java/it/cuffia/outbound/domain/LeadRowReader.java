package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.stream.Stream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link CsvLine} into a lead, by a column mapping the user confirmed. Bad data is an
 * answer, not an exception: one wrong row must not stop an import of a hundred thousand, and the
 * client wants the list of rejected lines. The first problem found, in field order, is reported.
 * Every record gets an answer: a blank one is skipped, one with more or fewer fields than the
 * header is rejected (its columns cannot be trusted to line up), and every column that is not a
 * field is kept as a {@link LeadAttribute}.
 */
public final class LeadRowReader {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Rome");
    public static final int DEFAULT_PRIORITY = 5;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Za-z]{2}");
    // Italian spreadsheets say sì/no, English ones yes/true; an 'x' in a checkbox column means yes.
    private static final Set<String> YES = Set.of("sì", "si", "s", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");
    // strict: 31/02 is a typing error, not the 3rd of March
    private static final List<DateTimeFormatter> DAYS = Stream.of("d/M/uuuu", "uuuu-MM-dd", "d-M-uuuu", "d.M.uuuu")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final List<DateTimeFormatter> TIMES = Stream.of("d/M/uuuu H:mm[:ss]", "uuuu-MM-dd['T'][' ']H:mm[:ss]")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT)).toList();
    public static final int MAX_NOTES = 4000;
    public static final int MAX_CONSENT_SOURCE = 80;

    private final Map<LeadField, Integer> mapping;
    private final List<LeadColumn> attributeColumns;
    private final int width;
    private final Instant now;

    /**
     * @param headers the file's header, whose width every record must have
     * @param now     consents cannot be stated after it
     * @throws DomainException {@code leads.mapping.missing} with the field name of a required field not mapped,
     *                         {@code leads.mapping.columnUnknown} for a column the header does not have
     */
    public LeadRowReader(List<String> headers, Map<LeadField, Integer> mapping, Instant now) {
        Map<LeadField, Integer> copy = new EnumMap<>(LeadField.class);
        mapping.forEach((field, column) -> {
            if (field != null && column != null && column >= 0) {
                if (column >= headers.size()) {
                    throw new DomainException("leads.mapping.columnUnknown", String.valueOf(column + 1));
                }
                copy.put(field, column);
            }
        });
        for (LeadField field : LeadField.values()) {
            if (field.required() && !copy.containsKey(field)) {
                throw new DomainException("leads.mapping.missing", Text.label("leadField.", field));
            }
        }
        this.mapping = Collections.unmodifiableMap(copy);
        this.attributeColumns = LeadColumn.of(headers, copy).stream().filter(LeadColumn::keptAsAttribute).toList();
        this.width = headers.size();
        this.now = now;
    }

    public Map<LeadField, Integer> mapping() {
        return mapping;
    }

    public LeadRowResult read(CsvLine line) {
        if (line.blank()) {
            return new LeadRowSkipped(line.lineNumber(), "leads.row.blank");
        }
        if (line.values().size() != width) {
            return new LeadRowRejection(line.lineNumber(), line.values().size() > width ? "leads.row.fieldsMore" : "leads.row.fieldsFewer",
                    List.of(String.valueOf(line.values().size()), String.valueOf(width)));
        }
        try {
            return parse(line);
        } catch (Rejected rejected) {
            return new LeadRowRejection(line.lineNumber(), rejected.key, rejected.args);
        }
    }

    private LeadRow parse(CsvLine line) {
        String firstName = text(line, LeadField.FIRST_NAME, 80);
        String lastName = text(line, LeadField.LAST_NAME, 80);
        PhoneNumber phone = phone(line);
        String email = email(line);
        String street = text(line, LeadField.STREET, 160);
        String city = text(line, LeadField.CITY, 80);
        String postcode = text(line, LeadField.POSTCODE, 10);
        String province = province(line);
        ZoneId timeZone = timeZone(line);
        int priority = priority(line);
        LeadConsents consents = consents(line);
        String externalRef = text(line, LeadField.EXTERNAL_REF, 60);
        String notes = notes(line);
        List<LeadAttribute> attributes = attributes(line);
        return new LeadRow(line.lineNumber(), firstName, lastName, phone, email, street, city, postcode, province,
                timeZone, priority, consents, externalRef, notes, attributes);
    }

    /** Exactly as written, not even trimmed: the agent reads what the client wrote. */
    private String notes(CsvLine line) {
        Integer column = mapping.get(LeadField.NOTES);
        String notes = column == null ? "" : line.value(column);
        if (notes.length() > MAX_NOTES) {
            throw new Rejected("leads.row.tooLong", LeadField.NOTES.name(), String.valueOf(MAX_NOTES));
        }
        return notes.isBlank() ? null : notes;
    }

    private List<LeadAttribute> attributes(CsvLine line) {
        List<LeadAttribute> attributes = new ArrayList<>();
        for (LeadColumn column : attributeColumns) {
            String value = line.value(column.index());
            if (value.length() > LeadAttribute.MAX_VALUE) {
                throw new Rejected("leads.row.tooLong", column.attributeName(), String.valueOf(LeadAttribute.MAX_VALUE));
            }
            if (!value.isBlank()) {
                attributes.add(new LeadAttribute(column.attributeName(), value));
            }
        }
        return attributes;
    }

    private LeadConsents consents(CsvLine line) {
        Boolean marketing = consent(line, LeadField.CONSENT_MARKETING);
        Boolean survey = consent(line, LeadField.CONSENT_SURVEY);
        Instant statedAt = consentDate(line);
        String source = text(line, LeadField.CONSENT_SOURCE, MAX_CONSENT_SOURCE);
        if (marketing == null && survey == null && (statedAt != null || source != null)) {
            // a date or a source of nothing would be dropped without a word
            throw new Rejected("leads.row.consentUnstated");
        }
        return new LeadConsents(marketing, survey, statedAt, source);
    }

    /** A day (the start of it, Europe/Rome) or a day and time, as Italian and ISO spreadsheets write them. */
    private Instant consentDate(CsvLine line) {
        String typed = raw(line, LeadField.CONSENT_DATE);
        if (typed.isEmpty()) {
            return null;
        }
        Instant at = null;
        for (DateTimeFormatter format : TIMES) {
            try {
                at = LocalDateTime.parse(typed, format).atZone(DEFAULT_TIME_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        for (DateTimeFormatter format : DAYS) {
            try {
                at = LocalDate.parse(typed, format).atStartOfDay(DEFAULT_TIME_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        if (at == null) {
            throw new Rejected("leads.row.consentDateInvalid", typed);
        }
        if (at.isAfter(now)) {
            throw new Rejected("leads.row.consentDateFuture", typed);
        }
        return at;
    }

    /** Trimmed value; blank for unmapped columns and short rows; refused when blank but required. */
    private String raw(CsvLine line, LeadField field) {
        Integer column = mapping.get(field);
        String value = column == null ? "" : line.value(column).trim();
        if (value.isEmpty() && field.required()) {
            throw new Rejected("leads.row.required", field.name());
        }
        return value;
    }

    private String text(CsvLine line, LeadField field, int max) {
        String value = raw(line, field);
        if (value.length() > max) {
            throw new Rejected("leads.row.tooLong", field.name(), String.valueOf(max));
        }
        return value.isEmpty() ? null : value;
    }

    private PhoneNumber phone(CsvLine line) {
        String typed = raw(line, LeadField.PHONE);
        try {
            return PhoneNumber.parse(typed);
        } catch (DomainException e) {
            throw new Rejected("leads.row.phoneInvalid", typed);
        }
    }

    private String email(CsvLine line) {
        String email = text(line, LeadField.EMAIL, 160);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new Rejected("leads.row.emailInvalid", email);
        }
        return email;
    }

    private String province(CsvLine line) {
        String province = raw(line, LeadField.PROVINCE);
        if (province.isEmpty()) {
            return null;
        }
        if (!PROVINCE.matcher(province).matches()) {
            throw new Rejected("leads.row.provinceInvalid", province);
        }
        return province.toUpperCase(Locale.ROOT);
    }

    private ZoneId timeZone(CsvLine line) {
        String zone = raw(line, LeadField.TIME_ZONE);
        if (zone.isEmpty()) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new Rejected("leads.row.timeZoneInvalid", zone);
        }
    }

    private int priority(CsvLine line) {
        String priority = raw(line, LeadField.PRIORITY);
        if (priority.isEmpty()) {
            return DEFAULT_PRIORITY;
        }
        try {
            int value = Integer.parseInt(priority);
            if (value >= 0 && value <= 9) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Rejected("leads.row.priorityInvalid", priority);
    }

    /** Yes, no, or null when the row does not say. */
    private Boolean consent(CsvLine line, LeadField field) {
        String typed = raw(line, field);
        String answer = typed.toLowerCase(Locale.ROOT);
        if (answer.isEmpty()) {
            return null;
        }
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        throw new Rejected("leads.row.consentInvalid", field.name(), typed);
    }

    /** Unwinds one row's parsing; never leaves this class. */
    private static final class Rejected extends RuntimeException {

        private final String key;
        private final List<String> args;

        Rejected(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }
    }
}
