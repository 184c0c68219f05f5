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

    @Inject
    private it.cuffia.contact.application.DeskCodes desk;

    private AgentState state;
    /** Since when the agent is in this state (the bar's clock ticks from it in the browser). */
    private java.time.Instant stateSince;
    /** The pause code chosen in the state bar's menu. */
    private Long pauseCodeId;
    private List<jakarta.faces.model.SelectItem> pauseCodeChoices;
    /** The disposition chosen in the wrap-up, and the call's client's ones and rules. */
    private Long dispositionId;
    private List<it.cuffia.contact.domain.Disposition> dispositions = List.of();
    private it.cuffia.contact.domain.WrapUpPolicy wrapUpPolicy;
    private String number;
    private List<Customer> matches = List.of();
    private boolean searched;
    private Interaction call;
    private List<Customer> callers = List.of();
    private String notes;
    /** What the screen shows, by part, as last drawn: a push redraws only the parts whose key changed. */
    private String stateShown;
    private String callShown;
    private String missedShown;
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

    @Inject
    private java.time.Clock clock;

    @PostConstruct
    void init() {
        load();
    }

    /**
     * Pushed: the phone system changed the agent's call, or a supervisor their state (the layout's websocket runs this
     * through a remote command). Redraws only the parts that changed: the call panel when the call changed, the state
     * bar and the call's heading (its wrap-up clock) when the state did, the notices when the missed calls did. A
     * supervisor's pause in the middle of a wrap-up so leaves the wrap-up's form alone: the notes typed, the outcome
     * chosen and a menu open stay as the agent has them (redrawn, the form lost them and the open menu vanished under
     * the agent's pointer).
     */
    public void refresh() {
        String stateBefore = stateShown;
        String callBefore = callShown;
        String missedBefore = missedShown;
        load();
        List<String> changed = new java.util.ArrayList<>();
        boolean callChanged = !Objects.equals(callBefore, callShown);
        if (!Objects.equals(stateBefore, stateShown)) {
            changed.add("stateBar");
            if (!callChanged && call != null) {
                changed.add("screenPop:heading");
            }
        }
        if (callChanged) {
            changed.add("screenPop:call");
        }
        if (callChanged || !Objects.equals(missedBefore, missedShown)) {
            changed.add("missedCalls"); // its call back buttons show only while the agent has no call
        }
        if (!changed.isEmpty()) {
            PrimeFaces.current().ajax().update(changed);
        }
    }

    private void load() {
        java.util.Optional<it.cuffia.contact.domain.AgentStatePeriod> period = states.currentPeriod();
        state = period.map(it.cuffia.contact.domain.AgentStatePeriod::getState).orElse(AgentState.LOGGED_OUT);
        stateSince = period.map(it.cuffia.contact.domain.AgentStatePeriod::getStartedAt).orElse(null);
        call = interactions.current().orElse(null);
        callers = call == null ? List.of() : interactions.callersOf(call);
        dispositions = call == null ? List.of() : desk.activeDispositionsOf(call.getClient().getId());
        wrapUpPolicy = call == null ? null : interactions.wrapUpPolicyOf(call);
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
        // a new period of the same state (a second pause, with another reason) is a change of the state bar too
        stateShown = state + "@" + stateSince;
        callShown = call == null ? "" : call.getId() + ":" + call.getVersion();
        missedShown = unanswered.stream().map(i -> String.valueOf(i.getId())).collect(java.util.stream.Collectors.joining(","));
    }

    public void available() { change(AgentState.AVAILABLE); }
    public void wrapUp() { change(AgentState.WRAP_UP); }

    /** A pause for the code chosen in the menu (the codes of the agent's clients, by client). */
    public void pause() {
        if (pauseCodeId == null) {
            Messages.error("agentState.pause.reason");
            return;
        }
        state = states.pause(pauseCodeId).getState();
        pauseCodeId = null;
        Messages.info("agentState.changed", Messages.text("agentState." + state));
        load();
    }

    private void change(AgentState next) {
        state = states.change(next, null).getState();
        Messages.info("agentState.changed", Messages.text("agentState." + state));
        load();
    }

    /** The pause codes of the agent's clients, one group per client when they work for several. */
    public List<jakarta.faces.model.SelectItem> getPauseCodeChoices() {
        if (pauseCodeChoices == null) {
            java.util.Locale locale = Messages.locale();
            Map<String, List<jakarta.faces.model.SelectItem>> byClient = new java.util.LinkedHashMap<>();
            for (it.cuffia.contact.domain.PauseCode code : desk.offeredToMe()) {
                byClient.computeIfAbsent(code.getClient().getName(), k -> new java.util.ArrayList<>())
                        .add(new jakarta.faces.model.SelectItem(code.getId(), code.label(locale)));
            }
            pauseCodeChoices = byClient.size() == 1 ? byClient.values().iterator().next()
                    : byClient.entrySet().stream().map(e -> (jakarta.faces.model.SelectItem) new jakarta.faces.model.SelectItemGroup(e.getKey(),
                            null, false, e.getValue().toArray(new jakarta.faces.model.SelectItem[0]))).toList();
        }
        return pauseCodeChoices;
    }

    /** The reason of the current pause, in the reader's language where it came with a code. */
    public String getPauseShown() {
        return states.currentPeriod().filter(p -> p.getState() == AgentState.PAUSED)
                .map(p -> p.getPauseCode() != null ? p.getPauseCode().label(Messages.locale()) : p.getReason()).orElse(null);
    }

    /** Now, for the browser's clocks: they tick from the server's instants, whatever the PC's clock says. */
    public long getNowMillis() {
        return clock.millis();
    }

    public Long getStateSinceMillis() {
        return stateSince == null ? null : stateSince.toEpochMilli();
    }

    /** When the call was answered (the call timer), or began ringing. */
    public Long getCallSinceMillis() {
        return call == null ? null : (call.getAnsweredAt() != null ? call.getAnsweredAt() : call.getRingingAt()).toEpochMilli();
    }

    /** When the wrap-up ends by itself (the client's maximum from the wrap-up's start); null without a limit. */
    public Long getWrapUpDeadlineMillis() {
        if (!isWrappingUp() || wrapUpPolicy == null || state != AgentState.WRAP_UP || stateSince == null) {
            return null;
        }
        return wrapUpPolicy.deadline(stateSince).map(java.time.Instant::toEpochMilli).orElse(null);
    }

    /** Minutes and seconds, as the browser's clock shows them ("1:05"); a negative span shows 0:00. */
    public static String clockText(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? "%d:%02d:%02d".formatted(s / 3600, s % 3600 / 60, s % 60) : "%d:%02d".formatted(s / 60, s % 60);
    }

    public String since(Long millis) {
        return millis == null ? "" : clockText((clock.millis() - millis) / 1000);
    }

    public String until(Long millis) {
        return millis == null ? "" : clockText((millis - clock.millis() + 999) / 1000);
    }

    public String dispositionLabel(it.cuffia.contact.domain.Disposition disposition) {
        return disposition.label(Messages.locale());
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

    /** A script that ends with an outcome chooses the client's disposition of the same code, where it has one. */
    @Override
    protected void scriptReachedEnd(String code) {
        dispositions.stream().filter(d -> d.getCode().equals(code)).findFirst().ifPresent(d -> dispositionId = d.getId());
    }

    public void finishWrapUp() {
        interactions.finishWrapUp(call.getId(), notes, dispositionId, scriptPath());
        endScript();
        scriptCallId = null;
        notes = null;
        dispositionId = null;
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
    public Long getPauseCodeId() { return pauseCodeId; }
    public void setPauseCodeId(Long pauseCodeId) { this.pauseCodeId = pauseCodeId; }
    public Long getDispositionId() { return dispositionId; }
    public void setDispositionId(Long dispositionId) { this.dispositionId = dispositionId; }
    public List<it.cuffia.contact.domain.Disposition> getDispositions() { return dispositions; }
    public it.cuffia.contact.domain.WrapUpPolicy getWrapUpPolicy() { return wrapUpPolicy; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public List<Customer> getMatches() { return matches; }
    public boolean isSearched() { return searched; }
    public Interaction getCall() { return call; }
    public List<Customer> getCallers() { return callers; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public it.cuffia.crm.application.CustomerData getNewCaller() { return newCaller; }
    public Long getNewCallerClientId() { return newCallerClientId; }
    public void setNewCallerClientId(Long newCallerClientId) { this.newCallerClientId = newCallerClientId; }
}
