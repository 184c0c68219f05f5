package it.cuffia.web.support;

import it.cuffia.shared.domain.BadCredentialsException;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.ConflictException;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.ForbiddenException;
import it.cuffia.shared.domain.NotFoundException;
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

    /**
     * The one mapping of a domain failure to an HTTP status: the API's problem status, and the error page a console
     * page gets when what it was opened on does not exist (404) or is not the caller's (403).
     */
    public static int status(DomainException e) {
        return e instanceof BadCredentialsException ? 401
                : e instanceof NotFoundException ? 404
                : e instanceof ForbiddenException ? 403
                : e instanceof ConcurrentChangeException || e instanceof ConflictException ? 409 : 422;
    }

    /** Failures that mean "this page cannot be shown to you" rather than "this action broke a rule". */
    public static boolean deniesThePage(DomainException e) {
        int status = status(e);
        return status == 403 || status == 404;
    }
}
