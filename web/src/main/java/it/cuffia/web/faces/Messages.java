package it.cuffia.web.faces;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way the consoles speak to people: texts from the {@code messages} bundle in the
 * view's language, and domain errors turned into Faces messages (never a stack trace).
 */
public final class Messages {

    public static final String BUNDLE = "it.cuffia.web.messages";

    private Messages() {
    }

    /**
     * A message of the bundle; arguments that are {@link Text}s are said in the same language first,
     * local dates, times and months as the screens write them ({@link Formats}: never the ambiguous 3/10/26; MessageFormat
     * knows only {@code Date}, in the JVM's zone).
     */
    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] said = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                said[i] = args[i] instanceof Text text ? text(locale, text)
                        : args[i] instanceof LocalDateTime time ? Formats.dateTime(time.atZone(it.cuffia.shared.domain.Zones.ROME).toInstant(), locale)
                        : args[i] instanceof LocalDate day ? Formats.date(day, locale)
                        : args[i] instanceof java.time.YearMonth month ? Formats.month(month, locale)
                        : args[i];
            }
            return new MessageFormat(pattern, locale).format(said);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** A text of the domain in this language. */
    public static String text(Locale locale, Text text) {
        if (text == null) {
            return "";
        }
        if (text.getKey() == null) {
            return text.getLiteralEnglish() != null && "en".equals(locale.getLanguage()) ? text.getLiteralEnglish() : text.getLiteral();
        }
        String said = text(locale, text.getKey(), text.getArguments());
        return text.getLiteral() != null && said.equals("???" + text.getKey() + "???") ? text.getLiteral() : said;
    }

    /** A text of the domain in the language of the person's session. */
    public static String text(Text text) {
        return text(locale(), text);
    }

    /** In the language of the person's session (the view's own locale is not yet set during view actions). */
    public static String text(String key, Object... args) {
        return text(locale(), key, args);
    }

    /** The language the current user reads the consoles in. */
    public static Locale locale() {
        return jakarta.enterprise.inject.spi.CDI.current().select(it.cuffia.web.security.UserSession.class).get().getLocale();
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** Done, but the person should know something: e.g. leads that will be set aside. */
    public static void warn(String key, Object... args) {
        add(FacesMessage.SEVERITY_WARN, text(key, args));
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A broken domain rule, in the user's language; the form stays as typed, nothing is saved. */
    public static void error(DomainException e) {
        // a refused action navigates nowhere: the message is for this response only
        FacesContext context = FacesContext.getCurrentInstance();
        String text = text(e.getMessageKey(), e.getArguments());
        // once per request: a file upload's listener has its exception queued more than once (the refused file's
        // message showed three times)
        if (context.getMessageList(null).stream().noneMatch(m -> text.equals(m.getSummary()))) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        context.validationFailed();
    }

    /** An action that redirects keeps it for the next page ({@link RedirectKeepsMessages}). */
    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
