package it.cuffia.web.console;

import it.cuffia.contact.application.AgentStateService;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.crm.application.CustomerService;
import it.cuffia.crm.domain.Customer;
import it.cuffia.shared.application.PageRequest;
import it.cuffia.ticketing.application.TicketService;
import it.cuffia.ticketing.domain.Ticket;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The agent's console: the state bar, and the caller found by the number typed in (screen pop). */
@Named
@ViewScoped
public class AgentConsoleView implements Serializable {

    @Inject
    private AgentStateService states;

    @Inject
    private CustomerService customers;

    @Inject
    private TicketService tickets;

    private AgentState state;
    private String pauseReason;
    private String number;
    private List<Customer> matches = List.of();
    private boolean searched;

    @PostConstruct
    void init() {
        state = states.current();
    }

    public void available() { change(AgentState.AVAILABLE); }
    public void wrapUp() { change(AgentState.WRAP_UP); }

    public void pause() {
        change(AgentState.PAUSED);
        pauseReason = null;
    }

    private void change(AgentState next) {
        state = states.change(next, pauseReason).getState();
        Messages.info("agentState.changed", Messages.text("agentState." + state));
    }

    /** A call from this number: who is it? The agent is on the call from now. */
    public void lookUp() {
        matches = customers.findByPhone(number);
        searched = true;
        if (state != AgentState.ON_CALL) {
            state = states.change(AgentState.ON_CALL, null).getState();
        }
    }

    public List<Ticket> openTicketsOf(Customer customer) {
        return tickets.page(new PageRequest(0, 5, "openedAt", false,
                Map.of("customerId", String.valueOf(customer.getId()), "view", "active"))).items();
    }

    public AgentState[] getStates() { return AgentState.values(); }
    public AgentState getState() { return state; }
    public String getPauseReason() { return pauseReason; }
    public void setPauseReason(String pauseReason) { this.pauseReason = pauseReason; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public List<Customer> getMatches() { return matches; }
    public boolean isSearched() { return searched; }
}
