package it.cuffia.outbound.application;

import it.cuffia.outbound.domain.Outcome;
import it.cuffia.outbound.domain.SaleLine;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the agent records at the end of an outbound call (the console's wrap-up form binds to it). */
public class OutcomeReport implements Serializable {

    private Outcome outcome;
    private String notes;
    /** For CALLBACK: local date-time in the lead's time zone. */
    private LocalDateTime callbackAt;
    private boolean personalCallback = true;
    private List<SaleItem> saleItems = new ArrayList<>();
    /** APPOINTMENT_BOOKED: the chosen free slot, as "salesUserId@epochSecond" (see SlotOption.getKey). */
    private String appointmentSlot;

    /** question id → answers given (one for single choice, scale and text; several for multiple choice). */
    private Map<Long, List<String>> answers = new HashMap<>();
    /** The script followed in the call, when the campaign has one. */
    private it.cuffia.scripts.domain.ScriptPath scriptPath;

    public static class SaleItem implements Serializable {
        private Long offerId;
        private int quantity = 1;
        /** Null: the offer's price × quantity. */
        private BigDecimal amount;
        private SaleLine.Kind kind = SaleLine.Kind.NEW;

        public SaleItem() {
        }

        public SaleItem(Long offerId, int quantity, BigDecimal amount, SaleLine.Kind kind) {
            this.offerId = offerId;
            this.quantity = quantity;
            this.amount = amount;
            this.kind = kind;
        }

        public Long getOfferId() { return offerId; }
        public void setOfferId(Long offerId) { this.offerId = offerId; }
        public int getQuantity() { return quantity; }
        public void setQuantity(int quantity) { this.quantity = quantity; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public SaleLine.Kind getKind() { return kind; }
        public void setKind(SaleLine.Kind kind) { this.kind = kind; }
    }

    public String getAppointmentSlot() { return appointmentSlot; }
    public void setAppointmentSlot(String appointmentSlot) { this.appointmentSlot = appointmentSlot; }
    public Outcome getOutcome() { return outcome; }
    public void setOutcome(Outcome outcome) { this.outcome = outcome; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDateTime getCallbackAt() { return callbackAt; }
    public void setCallbackAt(LocalDateTime callbackAt) { this.callbackAt = callbackAt; }
    public boolean isPersonalCallback() { return personalCallback; }
    public void setPersonalCallback(boolean personalCallback) { this.personalCallback = personalCallback; }
    public List<SaleItem> getSaleItems() { return saleItems; }
    public void setSaleItems(List<SaleItem> saleItems) { this.saleItems = saleItems; }
    public Map<Long, List<String>> getAnswers() { return answers; }
    public void setAnswers(Map<Long, List<String>> answers) { this.answers = answers; }

    public it.cuffia.scripts.domain.ScriptPath getScriptPath() { return scriptPath; }
    public void setScriptPath(it.cuffia.scripts.domain.ScriptPath scriptPath) { this.scriptPath = scriptPath; }
}
