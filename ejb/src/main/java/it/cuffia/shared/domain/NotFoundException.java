package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** The row does not exist, or the caller may not see it: both look the same from outside. */
@ApplicationException(rollback = true)
public class NotFoundException extends DomainException {
    public NotFoundException(String what, Object id) {
        // what is not found is named in the reader's language where the bundle knows the word (entity.ticket…)
        super("error.notFound", Text.labelOr("entity." + what, what), String.valueOf(id));
    }
}
