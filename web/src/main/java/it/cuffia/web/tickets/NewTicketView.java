package it.cuffia.web.tickets;

import it.cuffia.contact.domain.Channel;
import it.cuffia.ticketing.application.NewTicket;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.Serializable;

/** Opening a ticket for the customer on screen. */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    @Inject
    private TicketService tickets;

    @Valid
    private NewTicket ticket = new NewTicket();

    public void prepare(Long customerId) {
        ticket = new NewTicket();
        ticket.setCustomerId(customerId);
    }

    public void open() throws IOException {
        Ticket opened = tickets.open(ticket);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String area = external.getRequestServletPath().split("/")[1];
        external.redirect(external.getRequestContextPath() + "/" + area + "/ticket.xhtml?id=" + opened.getId());
    }

    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public Channel[] getChannels() { return Channel.values(); }
    public NewTicket getTicket() { return ticket; }
}
