package it.cuffia.channels.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** What the channels write into tickets and acknowledgements, in the mailbox's language (Italian or English). */
public final class ChannelTexts {

    private final ResourceBundle texts;
    private final Locale locale;

    private ChannelTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("it.cuffia.channels.domain.ChannelTexts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ChannelTexts in(String language) {
        return new ChannelTexts(Locale.forLanguageTag("en".equals(language) ? "en" : "it"));
    }

    public String say(String key, Object... arguments) {
        return arguments.length == 0 ? texts.getString(key) : new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }

    /** A text of the bundle, without arguments. */
    public String getString(String key) {
        return texts.getString(key);
    }

    /** Why a rule refused something (an attachment), in this language: never the rule's message key. */
    public String reason(it.cuffia.shared.domain.DomainException refused) {
        String key = "refusal." + refused.getMessageKey();
        return texts.containsKey(key) ? texts.getString(key) : texts.getString("refusal.other");
    }

    /**
     * The acknowledgement's body: the mailbox's own template, or the default one; {@code {ticket}}, {@code {subject}}
     * and {@code {name}} are replaced (nothing else in the template is interpreted).
     */
    public String acknowledgement(String template, String ticketReference, String subject, String name) {
        String body = template == null || template.isBlank() ? texts.getString("ack.body") : template;
        return body.replace("{ticket}", ticketReference).replace("{subject}", subject == null ? "" : subject)
                .replace("{name}", name == null ? "" : name);
    }
}
