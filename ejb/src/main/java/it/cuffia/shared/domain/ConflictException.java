package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/**
 * The request is right but the present state of things refuses it (a call for an agent who is paused): the API
 * answers 409, so a program knows to try elsewhere rather than to fix its request.
 */
@ApplicationException(rollback = true)
public class ConflictException extends DomainException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
