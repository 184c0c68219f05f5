package it.cuffia.shared.domain;

import jakarta.ejb.ApplicationException;

/** Somebody else saved the same row since it was read (optimistic locking). */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends DomainException {
    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
