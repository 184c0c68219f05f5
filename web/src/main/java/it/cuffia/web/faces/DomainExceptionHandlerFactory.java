package it.cuffia.web.faces;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.support.DomainErrors;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;

/**
 * Domain errors escaping an action become a message on the same page rather than an error page:
 * a view bean need not catch them one by one. Anything else goes on to the error pages.
 */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                Optional<DomainException> domain = DomainErrors.find(thrown);
                if (domain.isPresent()) {
                    events.remove();
                    Messages.error(domain.get());
                }
            }
            getWrapped().handle();
        }
    }
}
