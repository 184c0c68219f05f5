package it.cuffia.crm.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form (+393471234567). Numbers typed without a country prefix are read
 * as Italian. Validation is libphonenumber's: a number that cannot exist is refused.
 */
public record PhoneNumber(String e164, Kind kind) implements Serializable {

    public enum Kind { MOBILE, LANDLINE, OTHER }

    public static final String DEFAULT_REGION = "IT";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public static PhoneNumber parse(String typed) {
        return parse(typed, DEFAULT_REGION);
    }

    public static PhoneNumber parse(String typed, String defaultRegion) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("phone.required");
        }
        return read(typed, defaultRegion).orElseThrow(() -> new DomainException("phone.invalid", typed));
    }

    /**
     * The number a search text means, if it is one: only digits, spaces and the signs people write numbers with
     * ({@code + - . / ( )}), at least {@value #SEARCH_MIN_DIGITS} digits, and a number that can exist, read as
     * {@link #parse} reads it. "391 639 8129", "+393916398129" and "0039 391 6398129" all mean +393916398129;
     * "Rossi" or "391" mean no number.
     */
    public static Optional<PhoneNumber> searchTerm(String text) {
        if (text == null || !SEARCH_TEXT.matcher(text.trim()).matches()
                || text.chars().filter(Character::isDigit).count() < SEARCH_MIN_DIGITS) {
            return Optional.empty();
        }
        return read(text, DEFAULT_REGION);
    }

    private static final int SEARCH_MIN_DIGITS = 6;
    private static final Pattern SEARCH_TEXT = Pattern.compile("\\+?[0-9 ./()\\-]+");

    /** The valid number typed, or none: whether that is an error is the caller's to say. */
    private static Optional<PhoneNumber> read(String typed, String defaultRegion) {
        String cleaned = typed.trim().replaceFirst("^00", "+");
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(cleaned, defaultRegion);
        } catch (NumberParseException e) {
            // libphonenumber answers "not a number at all" with an exception; here it is an ordinary answer
            return Optional.empty();
        }
        if (!UTIL.isValidNumber(parsed)) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164), kindOf(parsed)));
    }

    private static Kind kindOf(Phonenumber.PhoneNumber number) {
        return switch (UTIL.getNumberType(number)) {
            case MOBILE -> Kind.MOBILE;
            case FIXED_LINE -> Kind.LANDLINE;
            default -> Kind.OTHER;
        };
    }

    /** For people: +39 347 123 4567. */
    public String international() {
        try {
            return UTIL.format(UTIL.parse(e164, DEFAULT_REGION), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            throw new IllegalStateException("stored number is not E.164: " + e164, e);
        }
    }
}
