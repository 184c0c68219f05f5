package it.cuffia.web.faces;

import it.cuffia.shared.domain.DomainException;
import it.cuffia.web.support.DomainErrors;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Domain errors escaping an action become a message on the same page rather than an error page:
 * a view bean need not catch them one by one. A page opened on something that does not exist or
 * is not the caller's (a {@code NotFoundException} or {@code ForbiddenException} while the page is
 * being opened, i.e. in its view parameters or {@code f:viewAction}) gets the 404 or 403 error page
 * instead, with the status {@link DomainErrors#status} gives the API. A view that cannot be restored
 * (session ended, stale or forged {@code jakarta.faces.ViewState}) sends the browser to the expired
 * page ({@link #toExpiredPage}), as does a post whose script nonce is not its page's ({@link CspNonceGuard}). Anything
 * else goes on to the error pages of {@code web.xml}.
 */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Request attribute the 403 and 404 pages show under their text. */
    public static final String ERROR_DETAIL = "cuffia.error.detail";

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                Optional<DomainException> domain = DomainErrors.find(thrown);
                if (domain.isPresent()) {
                    events.remove();
                    if (!context.isPostback() && DomainErrors.deniesThePage(domain.get())
                            && !context.getExternalContext().isResponseCommitted()) {
                        sendError(context, DomainErrors.status(domain.get()),
                                Messages.text(domain.get().getMessageKey(), domain.get().getArguments()));
                        break;
                    }
                    Messages.error(domain.get());
                } else if (expired(thrown)) {
                    // a stale or forged view state: the browser is sent to the expired page, for Ajax requests too
                    // (they cannot show an error page) and without a 500 status (nothing is broken)
                    events.remove();
                    toExpiredPage(context);
                    break;
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        /** The container's error page for the status (web.xml), saying what was not found or refused. */
        private static void sendError(FacesContext context, int status, String detail) {
            try {
                context.getExternalContext().getRequestMap().put(ERROR_DETAIL, detail);
                context.getExternalContext().responseSendError(status, null);
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }

    }

    /** A page that cannot be served any more (its view or its script nonce is not the session's): the expired page. */
    static void toExpiredPage(FacesContext context) {
        if (context.getResponseComplete()) {
            return; // already answered (sent there once already)
        }
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }
}
