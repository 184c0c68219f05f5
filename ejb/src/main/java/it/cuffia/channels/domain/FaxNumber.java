package it.cuffia.channels.domain;

import it.cuffia.crm.domain.PhoneNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sender's number of a fax that a gateway mailed: gateways write it in the subject ("Fax from
 * +39 02 1234567", "Fax da 0212345678") or as the sender's address (0212345678@fax.gateway.example).
 * Read with libphonenumber as {@link PhoneNumber} reads a typed number (Italian unless it has a prefix).
 */
public final class FaxNumber {

    /** A run of digits as people write numbers: an optional +, digits, spaces, dots, dashes, slashes (a bracket ends it: "(2 pagine)"). */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d ./\\-]{4,}\\d");
    private static final Pattern LOCAL_DIGITS = Pattern.compile("^(\\+?\\d{6,16})@");

    private FaxNumber() {
    }

    public static Optional<PhoneNumber> of(String subject, String fromAddress) {
        if (subject != null) {
            Matcher m = NUMBER.matcher(subject);
            while (m.find()) {
                Optional<PhoneNumber> number = PhoneNumber.searchTerm(m.group());
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        if (fromAddress != null) {
            Matcher m = LOCAL_DIGITS.matcher(fromAddress.trim());
            if (m.find()) {
                return PhoneNumber.searchTerm(m.group(1));
            }
        }
        return Optional.empty();
    }
}
