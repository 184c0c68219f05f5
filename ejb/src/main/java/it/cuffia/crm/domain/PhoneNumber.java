package it.cuffia.crm.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import it.cuffia.shared.domain.DomainException;
import java.io.Serializable;

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
        String cleaned = typed.trim().replaceFirst("^00", "+");
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(cleaned, defaultRegion);
            if (!UTIL.isValidNumber(parsed)) {
                throw new DomainException("phone.invalid", typed);
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164), kindOf(parsed));
        } catch (NumberParseException e) {
            throw new DomainException("phone.invalid", typed);
        }
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
