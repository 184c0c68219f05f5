package it.cuffia.web.console;

import it.cuffia.contact.application.AgentStateService;
import it.cuffia.contact.application.InteractionService;
import it.cuffia.contact.domain.AgentState;
import it.cuffia.contact.domain.Interaction;
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
import java.util.Objects;
import org.primefaces.PrimeFaces;

/**
 * The agent's console: the state bar, the call in progress (popped up by the PBX's events, pushed, without
 * reloading the page, or started from a typed number), the caller's open tickets, the wrap-up.
 */
@Named
@ViewScoped
public class AgentConsoleView extends ScriptConsole {

    @Inject
    private AgentStateService states;

    @Inject
    private InteractionService interactions;

    @Inject
    private CustomerService customers;

    @Inject
    private TicketService tickets;

    private AgentState state;
    private String pauseReason;
    private String number;
    private List<Customer> matches = List.of();
    private boolean searched;
    private Interaction call;
    private List<Customer> callers = List.of();
    private String notes;
    private String outcome;
    private String shown;
    @jakarta.validation.Valid
    private it.cuffia.crm.application.CustomerData newCaller = new it.cuffia.crm.application.CustomerData();
    private Long newCallerClientId;
    /** The ticket category whose script the agent follows in this call. */
    private it.cuffia.ticketing.domain.TicketCategory scriptCategory;
    private Long scriptCallId;
    /** The call whose category the routing rules were asked for (once per call). */
    private Long routedCallId;

    @Inject
    private it.cuffia.crm.application.ClientService clients;

    @Inject
    private it.cuffia.channels.application.RoutingService routing;

    /** Today's calls nobody answered that this agent may call back (the notices above the screen pop). */
    private List<Interaction> unanswered = List.of();

    @PostConstruct
    void init() {
        load();
    }

    /**
     * Pushed: the phone system changed the agent's call (the layout's websocket runs this through a remote command).
     * Redraws the call panel only when the call or the state changed, so typed notes survive.
     */
    public void refresh() {
        String before = shown;
        load();
        if (!Objects.equals(before, shown)) {
            PrimeFaces.current().ajax().update("screenPop:call", "missedCalls", "stateBar");
        }
    }

    private void load() {
        state = states.current();
        call = interactions.current().orElse(null);
        callers = call == null ? List.of() : interactions.callersOf(call);
        if (call == null || !call.getId().equals(scriptCallId)) {
            endScript(); // a script belongs to one call
            scriptCallId = null;
        }
        if (call != null && !call.getId().equals(routedCallId)) {
            // the script to follow: the one of the category the client's rules give the number dialled or the IVR choice
            scriptCategory = routing.forCall(call).category();
            routedCallId = call.getId();
        }
        unanswered = interactions.unanswered();
        shown = state + "|" + (call == null ? "" : call.getId() + ":" + call.getVersion())
                + "|" + unanswered.stream().map(i -> String.valueOf(i.getId())).collect(java.util.stream.Collectors.joining(","));
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
        load();
    }

    /** A call on a phone the suite does not hear: who has this number? */
    public void lookUp() {
        matches = customers.findByPhone(number);
        searched = true;
    }

    public void startCall(Customer customer) {
        interactions.startCall(customer.getId(), number);
        matches = List.of();
        searched = false;
        load();
    }

    /** The agent calls back the person of a missed or abandoned call: they are on that call now. */
    public void callBack(Interaction missed) {
        interactions.callBack(missed.getId());
        load();
    }

    /** The agent sets a missed call's notice aside without calling back. */
    public void setAside(Interaction missed) {
        interactions.setAside(missed.getId());
        load();
    }

    public void answer() {
        interactions.answer(call.getId());
        load();
    }

    public void identify(Customer customer) {
        interactions.identify(call.getId(), customer.getId());
        load();
    }

    public void hangUp() {
        interactions.hangUp(call.getId());
        load();
    }

    /** Opens the client's script for the chosen ticket category in this call. */
    public void openScript() {
        java.util.Optional<it.cuffia.scripts.application.ScriptForCall> found = scriptRuns().forInbound(call, scriptCategory, Messages.locale());
        if (found.isEmpty()) {
            Messages.error("script.none", Messages.text("ticket.category." + scriptCategory), call.getClient().getName());
            return;
        }
        startScript(found);
        scriptCallId = call.getId();
    }

    @Override
    protected void scriptReachedEnd(String code) {
        outcome = Messages.text("script.outcome." + code);
    }

    public void finishWrapUp() {
        interactions.finishWrapUp(call.getId(), notes, outcome, scriptPath());
        endScript();
        scriptCallId = null;
        notes = null;
        outcome = null;
        load();
    }

    /** The caller is new: create them as a customer with the calling number, and go on with the call. */
    public void createCaller() {
        if (call != null) {
            interactions.createCaller(call.getId(), newCaller);
        } else {
            Customer created = customers.create(newCallerClientId, newCaller, List.of(number));
            interactions.startCall(created.getId(), number);
            matches = List.of();
            searched = false;
        }
        Messages.info("customer.created", newCaller.getFirstName() + " " + newCaller.getLastName());
        newCaller = new it.cuffia.crm.application.CustomerData();
        load();
    }

    public List<it.cuffia.crm.domain.Client> getClientChoices() {
        return clients.choosable();
    }

    public List<Interaction> lastContactsOf(Customer customer) {
        return interactions.latestOf(customer.getId(), 3);
    }

    public List<Ticket> openTicketsOf(Customer customer) {
        return tickets.page(new PageRequest(0, 5, "openedAt", false,
                Map.of("customerId", String.valueOf(customer.getId()), "view", "active"))).items();
    }

    public boolean isRinging() { return call != null && call.getAnsweredAt() == null; }
    public boolean isTalking() { return call != null && call.getAnsweredAt() != null && call.getEndedAt() == null; }
    public boolean isWrappingUp() { return call != null && call.getEndedAt() != null; }

    public List<Interaction> getUnanswered() { return unanswered; }
    public AgentState getState() { return state; }
    public it.cuffia.ticketing.domain.TicketCategory getScriptCategory() { return scriptCategory; }
    public void setScriptCategory(it.cuffia.ticketing.domain.TicketCategory scriptCategory) { this.scriptCategory = scriptCategory; }
    public it.cuffia.ticketing.domain.TicketCategory[] getScriptCategories() { return it.cuffia.ticketing.domain.TicketCategory.values(); }
    public String getPauseReason() { return pauseReason; }
    public void setPauseReason(String pauseReason) { this.pauseReason = pauseReason; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public List<Customer> getMatches() { return matches; }
    public boolean isSearched() { return searched; }
    public Interaction getCall() { return call; }
    public List<Customer> getCallers() { return callers; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public String getOutcome() { return outcome; }
    public it.cuffia.crm.application.CustomerData getNewCaller() { return newCaller; }
    public Long getNewCallerClientId() { return newCallerClientId; }
    public void setNewCallerClientId(Long newCallerClientId) { this.newCallerClientId = newCallerClientId; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
