package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** The caller is known but their role or clients do not allow this action. */
@ApplicationException(rollback = true)
public class ForbiddenException extends DomainException {
    public ForbiddenException() {
        super("error.forbidden");
    }

    /** Forbidden for a reason the caller can act on, said by this message key. */
    public ForbiddenException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
