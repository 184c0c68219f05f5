package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** A program presented a key or credentials that match nothing. */
@ApplicationException(rollback = true)
public class BadCredentialsException extends DomainException {
    public BadCredentialsException() {
        super("error.badCredentials");
    }
}
