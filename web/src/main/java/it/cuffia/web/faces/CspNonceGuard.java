package it.cuffia.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

/**
 * A form posted with a script nonce that is not its page's (a page kept open from before the session was renewed, a
 * forged post) is a stale page, as a stale view state is: the browser goes to the expired page at once. PrimeFaces
 * would find out only while rendering the answer, half-way through the page, where the error page, rendered with the
 * same request, fails on the same nonce and Payara's bare error report showed instead. Registered in faces-config.xml.
 */
public class CspNonceGuard implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() || context.getViewRoot() == null || context.getResponseComplete()
                || context.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            return; // a view that could not be restored (expired) is the exception handler's to answer, once
        }
        try {
            PrimeFacesContext.getCspState(context).getNonce(); // compares the posted nonce with the view's
        } catch (CspException stale) {
            DomainExceptionHandlerFactory.toExpiredPage(context);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view's nonce is known only once the view is restored
    }
}
