package it.cuffia.channels.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The mail that tells the sender of a web form the number of their ticket, in the language they wrote in. */
public record WebFormConfirmation(String subject, String body) {

    static final String TEXTS = "it.cuffia.channels.domain.WebFormTexts";

    public static WebFormConfirmation of(WebFormEntry entry, String clientName, long ticketNumber) {
        Locale locale = Locale.forLanguageTag(entry.language());
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String number = Long.toString(ticketNumber);
        return new WebFormConfirmation(
                new MessageFormat(texts.getString("mail.subject"), locale).format(new Object[] {number}),
                new MessageFormat(texts.getString("mail.body"), locale).format(new Object[] {
                        entry.firstName() + " " + entry.lastName(), clientName, number, entry.subject()}));
    }
}
