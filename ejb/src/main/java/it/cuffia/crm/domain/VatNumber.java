package it.cuffia.crm.domain;

/**
 * The Italian VAT number (partita IVA): eleven digits whose last is a check digit over the first ten (the Luhn
 * scheme: the digits in even places doubled, less 9 above 9). A typing error in one digit, or two neighbours swapped,
 * fails it, so a client's number is checked before it goes on statements and invoices.
 */
public final class VatNumber {

    private VatNumber() {
    }

    /** Eleven digits with a matching check digit. */
    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = number.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == number.charAt(10) - '0';
    }
}
