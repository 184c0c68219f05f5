package it.cuffia.web.faces;

import it.cuffia.shared.domain.DomainException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
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

    public static String text(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
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

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A broken domain rule, in the user's language; the form stays as typed, nothing is saved. */
    public static void error(DomainException e) {
        add(FacesMessage.SEVERITY_ERROR, text(e.getMessageKey(), e.getArguments()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
