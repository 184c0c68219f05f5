package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A rule of the domain was broken. Carries a message key of the {@code messages} bundle and its
 * arguments, so the web layer can say it in the user's language; never shown as a stack trace.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
