package it.cuffia.web.appointments;

import it.cuffia.appointments.application.AppointmentReport;
import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.application.SlotOption;
import it.cuffia.appointments.domain.Appointment;
import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Supervisors: the appointments report per campaign and sales person, and the coming appointments to cancel or move. */
@Named
@ViewScoped
public class AppointmentsView implements Serializable {

    @Inject
    private AppointmentService appointments;
    @Inject
    private Clock clock;

    private List<AppointmentReport> report;
    private List<Appointment> coming;
    private Appointment selected;
    private AppointmentStatus how = AppointmentStatus.RESCHEDULED;
    private String reason;
    private String newSlot;
    private List<SlotOption> slots = List.of();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        report = appointments.report();
        Instant now = clock.instant();
        coming = appointments.ofClients(now.minus(Duration.ofDays(14)), now.plus(Duration.ofDays(30)));
    }

    public void select(Appointment appointment) {
        selected = appointment;
        how = AppointmentStatus.RESCHEDULED;
        reason = null;
        newSlot = null;
        slots = appointments.slotsToMove(appointment.getId());
    }

    public void change() {
        Instant start = newSlot == null || newSlot.isBlank() ? null : Instant.ofEpochSecond(Long.parseLong(newSlot.substring(newSlot.indexOf('@') + 1)));
        appointments.change(selected.getId(), selected.getVersion(), how, reason, how == AppointmentStatus.RESCHEDULED ? start : null);
        Messages.info("appointment.changed", Messages.text("appointment.status." + how.name()));
        selected = null;
        refresh();
    }

    public String slotLabel(SlotOption slot, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE dd/MM HH:mm", locale).format(slot.start().atZone(Zones.ROME));
    }

    public AppointmentStatus[] getChanges() { return new AppointmentStatus[] {AppointmentStatus.RESCHEDULED, AppointmentStatus.CANCELLED}; }
    public List<AppointmentReport> getReport() { return report; }
    public List<Appointment> getComing() { return coming; }
    public Appointment getSelected() { return selected; }
    public AppointmentStatus getHow() { return how; }
    public void setHow(AppointmentStatus how) { this.how = how; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNewSlot() { return newSlot; }
    public void setNewSlot(String newSlot) { this.newSlot = newSlot; }
    public List<SlotOption> getSlots() { return slots; }
}
