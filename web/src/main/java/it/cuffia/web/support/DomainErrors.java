package it.cuffia.web.support;

import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.OptimisticLockException;
import java.util.Optional;

/** Finds the domain failure behind Faces, EJB and JPA wrappers; shared by the UI and the API. */
public final class DomainErrors {

    private DomainErrors() {
    }

    public static Optional<DomainException> find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (t instanceof OptimisticLockException) {
                return Optional.of(new ConcurrentChangeException());
            }
        }
        return Optional.empty();
    }
}
