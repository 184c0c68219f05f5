package it.cuffia.web.console;

import it.cuffia.channels.application.RoutingService;
import it.cuffia.channels.domain.RoutingDecision;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.ticketing.application.NewTicket;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.web.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;

/**
 * The screen pop's new ticket (issue 15 §2): one click opens the form for the caller, with the category and priority
 * the client's routing rules give the number dialled or the IVR choice, the agent types the subject and saves; the
 * ticket is opened by {@link TicketService#open} as on the customer's page (taken by the agent, tied to this call for
 * FCR), and the agent stays on the call.
 */
@Named
@ViewScoped
public class CallTicketView implements Serializable {

    @Inject
    private TicketService tickets;

    @Inject
    private RoutingService routing;

    @Valid
    private NewTicket ticket = new NewTicket();
    /** The call the form was opened in; none: the form is closed. */
    private Long forCall;

    public void start(Interaction call) {
        RoutingDecision route = routing.forCall(call);
        ticket = new NewTicket();
        ticket.setCustomerId(call.getCustomer().getId());
        ticket.setCategory(route.category());
        ticket.setPriority(route.priorityOr(Priority.NORMAL));
        ticket.setChannel(call.getChannel());
        forCall = call.getId();
    }

    public void save() {
        Ticket opened = tickets.open(ticket);
        Messages.info("console.ticketOpened", String.valueOf(opened.getId()), opened.getSubject());
        close();
    }

    public void close() {
        forCall = null;
        ticket = new NewTicket();
    }

    /** Whether the form is open for this call (a form left open belongs to its call only). */
    public boolean isOpenFor(Interaction call) {
        return call != null && call.getId().equals(forCall);
    }

    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public NewTicket getTicket() { return ticket; }
}
