package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** The row does not exist, or the caller may not see it: both look the same from outside. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        super("error.notFound", what, String.valueOf(id));
    }
}
