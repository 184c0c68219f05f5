package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.DomainException;
import java.time.DateTimeException;
import java.time.ZoneId;
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
 */
public final class LeadRowReader {

    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Rome");
    public static final int DEFAULT_PRIORITY = 5;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PROVINCE = Pattern.compile("[A-Za-z]{2}");
    // Italian spreadsheets say sì/no, English ones yes/true; an 'x' in a checkbox column means yes.
    private static final Set<String> YES = Set.of("sì", "si", "s", "yes", "y", "true", "1", "x");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "");

    private final Map<LeadField, Integer> mapping;

    /** @throws DomainException {@code leads.mapping.missing} with the field name of a required field not mapped */
    public LeadRowReader(Map<LeadField, Integer> mapping) {
        Map<LeadField, Integer> copy = new EnumMap<>(LeadField.class);
        mapping.forEach((field, column) -> {
            if (field != null && column != null && column >= 0) {
                copy.put(field, column);
            }
        });
        for (LeadField field : LeadField.values()) {
            if (field.required() && !copy.containsKey(field)) {
                throw new DomainException("leads.mapping.missing", field.name());
            }
        }
        this.mapping = Collections.unmodifiableMap(copy);
    }

    public Map<LeadField, Integer> mapping() {
        return mapping;
    }

    public LeadRowResult read(CsvLine line) {
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
        boolean consentMarketing = consent(line, LeadField.CONSENT_MARKETING);
        boolean consentSurvey = consent(line, LeadField.CONSENT_SURVEY);
        String externalRef = text(line, LeadField.EXTERNAL_REF, 60);
        return new LeadRow(line.lineNumber(), firstName, lastName, phone, email, street, city, postcode, province,
                timeZone, priority, consentMarketing, consentSurvey, externalRef);
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

    private boolean consent(CsvLine line, LeadField field) {
        String typed = raw(line, field);
        String answer = typed.toLowerCase(Locale.ROOT);
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
