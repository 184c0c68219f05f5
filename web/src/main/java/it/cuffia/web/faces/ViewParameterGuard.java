package it.cuffia.web.faces;

import it.cuffia.shared.domain.NotFoundException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.stream.Collectors;

/**
 * A detail page opened with a missing or unreadable id ({@code ?id=abc}) names nothing that exists: 404, like an id
 * that is not in the database. When a page is opened (not a postback) the only inputs Faces converts and validates are
 * its view parameters, so a failed validation then means a bad address; the view action does not run and the page
 * would render empty. The failure goes the way of every other domain failure, through
 * {@link DomainExceptionHandlerFactory}, so there is one mapping to the error pages.
 */
public class ViewParameterGuard implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    /** The id a detail page was opened with; none at all names nothing, like an id not in the database. */
    public static Long required(Long id, String what) {
        if (id == null) {
            throw new NotFoundException(what, "—");
        }
        return id;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            // named like the view action names what it did not find: "statement id=abc"
            String viewId = context.getViewRoot().getViewId();
            String page = viewId.substring(viewId.lastIndexOf('/') + 1).replaceFirst("\\.xhtml$", "");
            String given = context.getExternalContext().getRequestParameterMap().entrySet().stream()
                    .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" "));
            throw new NotFoundException(page, given.isEmpty() ? "—" : given);
        }
    }
}
