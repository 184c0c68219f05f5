package it.cuffia.web.tickets;

import it.cuffia.shared.application.PageRequest;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.ticketing.application.QueueSummary;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.SlaStatus;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.PerRequest;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** Ticket lists: the agent's own, the queues, the breach list; and the supervisor's queue summary. */
@Named
@ViewScoped
public class TicketsView implements Serializable {

    @Inject
    private TicketService tickets;

    @Inject
    private Clock clock;

    @Inject
    private it.cuffia.identity.application.UserService users;

    /** The signed-in user, for the take rule of each row. */
    private AppUser me;

    private String view = "mine";
    private ServiceLazyModel<Ticket> model;
    private Ticket reassigning;
    private String assignee;
    private List<AppUser> assignableAgents = List.of();

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.isUserInRole("SUPERVISOR") && !external.isUserInRole("AGENT")) {
            view = "active";
        }
        // a million tickets: "more than 10 000" rather than a count of every match (bench/RESULTS.md, list screens)
        model = new ServiceLazyModel<>(tickets::page).withFilter("view", view).countingUpTo(PageRequest.COUNT_LIMIT);
        me = users.me();
    }

    /** The take button follows the domain's rule: {@link Ticket#canBeTakenBy}. */
    public boolean canTake(Ticket ticket) {
        return ticket.canBeTakenBy(me);
    }

    /** Another view of the list starts on its first page (it kept the page of the view before: "rows 21-40"). */
    public void show(jakarta.faces.event.AjaxBehaviorEvent event) {
        model.withFilter("view", view);
        if (event.getComponent().findComponent("table") instanceof org.primefaces.component.datatable.DataTable table) {
            table.setFirst(0);
        }
    }

    public void take(Ticket ticket) {
        tickets.take(ticket.getId(), ticket.getVersion());
        Messages.info("ticket.taken", String.valueOf(ticket.getId()));
    }

    public void startReassign(Ticket ticket) {
        reassigning = ticket;
        assignee = ticket.getAssignee() == null ? null : ticket.getAssignee().getUsername();
        assignableAgents = tickets.assignableAgents(ticket.getId());
    }

    public void reassign() {
        tickets.assign(reassigning.getId(), reassigning.getVersion(), assignee);
        Messages.info("saved");
        reassigning = null;
    }

    public List<QueueSummary> getQueues() {
        return PerRequest.once("ticketsView.queues", tickets::queues);
    }

    /**
     * Milliseconds until the queue summary changes with the clock alone (a ticket becomes at risk or breached), for
     * the page's one reload then (cuffia-push.js); empty when no active ticket will. Every other change is pushed.
     */
    public String getNextSlaChangeIn() {
        return tickets.nextSlaChange().map(at -> Long.toString(Math.max(0, java.time.Duration.between(clock.instant(), at).toMillis())))
                .orElse("");
    }

    public SlaStatus sla(Ticket ticket) {
        return ticket.slaStatus(clock.instant());
    }

    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public List<AppUser> getAssignableAgents() { return assignableAgents; }
    public ServiceLazyModel<Ticket> getModel() { return model; }
    public Ticket getReassigning() { return reassigning; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
}
