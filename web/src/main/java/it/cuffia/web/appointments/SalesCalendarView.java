package it.cuffia.web.appointments;

import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.domain.Appointment;
import it.cuffia.appointments.domain.AppointmentStatus;
import it.cuffia.shared.domain.Zones;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/** The sales person's own appointments in a calendar (day, week, month), with the outcome of each. */
@Named
@ViewScoped
public class SalesCalendarView implements Serializable {

    @Inject
    private AppointmentService appointments;

    @Inject
    private java.time.Clock clock;

    private ScheduleModel model;
    private Appointment selected;
    private AppointmentStatus outcome;
    private String reason;
    private boolean deal;
    private BigDecimal dealValue;
    private String feedUrl;

    @PostConstruct
    void init() {
        LazyScheduleModel lazy = new LazyScheduleModel() {
            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (Appointment a : appointments.mine(start.atZone(Zones.ROME).toInstant(), end.atZone(Zones.ROME).toInstant())) {
                    addEvent(DefaultScheduleEvent.<Long>builder()
                            .id(String.valueOf(a.getId()))
                            .title(title(a))
                            .startDate(LocalDateTime.ofInstant(a.getStartsAt(), Zones.ROME))
                            .endDate(LocalDateTime.ofInstant(a.getEndsAt(), Zones.ROME))
                            .styleClass("appointment-" + a.getStatus())
                            .data(a.getId())
                            .build());
                }
            }
        };
        // a month's day with more appointments than fit shows "+N more" (FullCalendar's dayMaxEventRows)
        lazy.setEventLimit(true);
        model = lazy;
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String base = context.getRequestScheme() + "://" + context.getRequestServerName() + ":" + context.getRequestServerPort()
                + context.getRequestContextPath();
        feedUrl = base + "/api/calendar/" + appointments.myAgenda().getIcsToken() + ".ics";
    }

    /** Who and what; an appointment no longer booked says its state in words too, not by its colour alone. */
    private static String title(Appointment a) {
        String title = a.getCustomer().getFullName() + " · " + a.getCampaign().getName();
        return a.getStatus() == AppointmentStatus.BOOKED ? title
                : title + " (" + Messages.text("appointment.status." + a.getStatus().name()) + ")";
    }

    /** The states the calendar tells apart, for its legend. */
    public AppointmentStatus[] getStatuses() { return AppointmentStatus.values(); }

    public void onSelect(SelectEvent<ScheduleEvent<Long>> event) {
        select(event.getObject().getData());
    }

    public void select(Long id) {
        selected = appointments.get(id);
        outcome = null;
        reason = null;
        deal = false;
        dealValue = null;
    }

    public void conclude() {
        selected = appointments.conclude(selected.getId(), selected.getVersion(), outcome, reason, deal, dealValue);
        Messages.info("appointment.concluded.saved", Messages.text("appointment.status." + selected.getStatus().name()));
    }

    public AppointmentStatus[] getOutcomes() {
        return new AppointmentStatus[] {AppointmentStatus.HELD, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED,
                AppointmentStatus.RESCHEDULED};
    }

    /** The calendar opens on the suite's today (its clock may be anchored, e.g. in the tests). */
    public java.time.LocalDate getToday() { return java.time.LocalDate.now(clock.withZone(Zones.ROME)); }
    public ScheduleModel getModel() { return model; }
    public Appointment getSelected() { return selected; }
    public AppointmentStatus getOutcome() { return outcome; }
    public void setOutcome(AppointmentStatus outcome) { this.outcome = outcome; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public boolean isDeal() { return deal; }
    public void setDeal(boolean deal) { this.deal = deal; }
    public BigDecimal getDealValue() { return dealValue; }
    public void setDealValue(BigDecimal dealValue) { this.dealValue = dealValue; }
    public String getFeedUrl() { return feedUrl; }
}
