package it.cuffia.web.console;

import it.cuffia.contact.application.InteractionService;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.outbound.application.OutboundService;
import it.cuffia.outbound.application.OutcomeReport;
import it.cuffia.outbound.domain.Lead;
import it.cuffia.outbound.domain.Offer;
import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.QuestionKind;
import it.cuffia.outbound.domain.SaleLine;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The agent's outbound console (preview dialing): take the next lead, read it, its history and
 * the campaign's briefing, call, and record the outcome with the sale, callback or survey answers.
 */
@Named
@ViewScoped
public class OutboundConsoleView extends ScriptConsole {

    @Inject
    private OutboundService outbound;
    @Inject
    private InteractionService interactions;
    @Inject
    private java.time.Clock clock;

    private Lead lead;
    private Interaction call;
    private boolean searched;
    private OutcomeReport report = new OutcomeReport();
    private List<AnswerInput> answers = List.of();
    /** Free slots of the client's sales staff, read when the agent chooses to book (and again after a clash). */
    private List<it.cuffia.appointments.application.SlotOption> slots;
    /** The lead the form was prepared for: the minute poll must not wipe what the agent is doing. */
    private Long preparedFor;
    /** The agent's personal callbacks due today or overdue (issue 15 §2), read with the lead. */
    private List<Lead> callbacks = List.of();

    /** One question of the survey, as the form edits it. */
    public static class AnswerInput implements Serializable {
        private final SurveyQuestion question;
        private String value;
        private List<String> values = new ArrayList<>();

        AnswerInput(SurveyQuestion question) {
            this.question = question;
        }

        List<String> given() {
            return question.getKind() == QuestionKind.MULTIPLE ? values : value == null ? List.of() : List.of(value);
        }

        public SurveyQuestion getQuestion() { return question; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public List<String> getValues() { return values; }
        public void setValues(List<String> values) { this.values = values; }
    }

    @PostConstruct
    void init() {
        refresh();
    }

    /**
     * Milliseconds until the page renews the held lead's lease (a quarter of a lease before it runs out: cuffia-push.js
     * runs {@link #refresh} once then); empty without a lead. Not a poll: an agent with no lead makes no requests, one
     * holding a lead without touching it one per ¾ lease (15 min by default), so a lead stays theirs while the page is open.
     */
    public String getLeaseRenewIn() {
        if (lead == null || lead.getLeaseUntil() == null) {
            return "";
        }
        java.time.Instant renewAt = lead.getLeaseUntil().minus(it.cuffia.outbound.application.DialingQueue.lease().dividedBy(4));
        return Long.toString(Math.max(0, java.time.Duration.between(clock.instant(), renewAt).toMillis()));
    }

    /** Picks up the lead and call the agent already has (after a reload) and keeps the lease alive. */
    public void refresh() {
        callbacks = outbound.myCallbacks();
        lead = outbound.held().orElse(null);
        call = lead == null ? null : outbound.openCall(lead).orElse(null);
        if (lead != null && !lead.getId().equals(preparedFor)) {
            prepareForm();
        }
    }

    public void next() {
        searched = true;
        lead = outbound.next().orElse(null);
        call = null;
        if (lead == null) {
            Messages.info("outbound.noLead");
        } else {
            prepareForm();
        }
    }

    private void prepareForm() {
        report = new OutcomeReport();
        report.getSaleItems().add(new OutcomeReport.SaleItem());
        answers = outbound.questionsOf(lead).stream().map(AnswerInput::new).toList();
        startScript(scriptRuns().forLead(lead, Messages.locale()));
        preparedFor = lead.getId();
    }

    @Override
    protected void scriptReachedEnd(String outcome) {
        report.setOutcome(Outcome.valueOf(outcome));
    }

    /** The survey question a SURVEY step asks, as the form edits it. */
    @Override
    public AnswerInput getScriptQuestion() {
        Long id = getScript() == null ? null : getScript().getStep().getSurveyQuestionId();
        return answers.stream().filter(a -> a.getQuestion().getId().equals(id)).findFirst().orElse(null);
    }

    /** One click on the callbacks list: that lead now, dialled. */
    public void callBack(Lead callback) {
        lead = outbound.callBack(callback.getId());
        call = outbound.openCall(lead).orElse(null);
        prepareForm();
        callbacks = outbound.myCallbacks();
    }

    /** Whether the callback's time has passed (the list shows it as overdue). */
    public boolean isOverdue(Lead callback) {
        return callback.getNextAttemptAt() != null && callback.getNextAttemptAt().isBefore(clock.instant());
    }

    /** When the callback was agreed for, in the lead's time, as the agent typed it. */
    public String callbackTime(Lead callback) {
        return callback.getNextAttemptAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(callback.getNextAttemptAt().atZone(callback.zone()));
    }

    public void dial() {
        call = outbound.dial(lead.getId());
    }

    public void answered() {
        call = outbound.answered(lead.getId());
    }

    public void giveBack() {
        outbound.giveBack(lead.getId());
        lead = null;
        endScript();
        preparedFor = null;
        call = null;
        Messages.info("outbound.givenBack");
    }

    public void addSaleItem() {
        report.getSaleItems().add(new OutcomeReport.SaleItem());
    }

    public void save() {
        slots = null; // a slot taken meanwhile by a colleague: the next rendering offers fresh ones
        report.getAnswers().clear();
        answers.forEach(a -> report.getAnswers().put(a.getQuestion().getId(), a.given()));
        report.setScriptPath(scriptPath());
        Lead after = outbound.record(lead.getId(), report);
        Messages.info("outbound.recorded", Messages.text("outcome." + report.getOutcome().name()), after.getCustomer().getFullName());
        lead = null;
        call = null;
        answers = List.of();
        slots = null;
        report = new OutcomeReport();
        endScript();
        preparedFor = null;
        callbacks = outbound.myCallbacks();
    }

    public List<it.cuffia.appointments.application.SlotOption> getSlots() {
        if (slots == null && lead != null) {
            slots = outbound.slotsFor(lead.getId());
        }
        return slots;
    }

    /** "mar 10/03 14:00–15:00 · Roberto Ferrari", in the agent's language. */
    public String slotLabel(it.cuffia.appointments.application.SlotOption slot) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", locale);
        java.time.format.DateTimeFormatter end = java.time.format.DateTimeFormatter.ofPattern("HH:mm", locale);
        return day.format(slot.start().atZone(it.cuffia.shared.domain.Zones.ROME)) + "–"
                + end.format(slot.end().atZone(it.cuffia.shared.domain.Zones.ROME)) + " · " + slot.salesName();
    }

    /** The outcomes that fit this campaign's type, contacts last. */
    public List<Outcome> getOutcomes() {
        if (lead == null) {
            return List.of();
        }
        return Arrays.stream(Outcome.values()).filter(o -> o.fits(lead.getCampaign().getType()))
                .sorted(Comparator.comparing(Outcome::isContact)).toList();
    }

    public List<Offer> getOffers() {
        return lead == null ? List.of() : lead.getCampaign().getOffers().stream().sorted(Comparator.comparing(Offer::getName)).toList();
    }

    public List<Interaction> getAttempts() {
        return lead == null ? List.of() : outbound.attemptsOf(lead);
    }

    public List<Interaction> getLastContacts() {
        return lead == null ? List.of() : interactions.latestOf(lead.getCustomer().getId(), 10);
    }

    /** The lead's local date and time now: agents call other time zones too, and callbacks are typed in it. */
    public String getLeadLocalTime() {
        return lead == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(clock.instant().atZone(lead.zone()));
    }

    /** Outbound outcomes are codes and read in the agent's language; inbound ones are the agent's own words. */
    public String outcomeLabel(Interaction interaction) {
        String outcome = interaction.getOutcome();
        if (outcome == null || interaction.getLead() == null) {
            return outcome;
        }
        return Messages.text("outcome." + outcome);
    }

    /** The callbacks to make, without the one being worked now. */
    public List<Lead> getCallbacks() {
        return lead == null ? callbacks : callbacks.stream().filter(c -> !c.getId().equals(lead.getId())).toList();
    }
    public SaleLine.Kind[] getSaleKinds() { return SaleLine.Kind.values(); }
    public Lead getLead() { return lead; }
    public Interaction getCall() { return call; }
    public boolean isSearched() { return searched; }
    public OutcomeReport getReport() { return report; }
    public List<AnswerInput> getAnswers() { return answers; }

}
