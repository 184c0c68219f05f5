package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** The caller is known but their role or clients do not allow this action. */
@ApplicationException(rollback = true)
public class ForbiddenException extends DomainException {
    public ForbiddenException() {
        super("error.forbidden");
    }
}
