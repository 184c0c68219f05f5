package it.cuffia.web.appointments;

import it.cuffia.appointments.application.AppointmentService;
import it.cuffia.appointments.domain.Absence;
import it.cuffia.appointments.domain.MeetingType;
import it.cuffia.appointments.domain.SalesAgenda;
import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The sales person's own agenda: weekly hours (several per day), absences, provinces, meeting types. */
@Named
@ViewScoped
public class SalesAgendaView implements Serializable {

    @Inject
    private AppointmentService appointments;

    private SalesAgenda agenda;
    private List<WindowRow> windows;
    private List<String> provinces;
    private List<MeetingType> types;
    private LocalDate absenceFrom;
    private LocalDate absenceTo;
    private String absenceReason;

    /** One period of a weekday, as the form edits it. */
    public static class WindowRow implements Serializable {
        private DayOfWeek day;
        private LocalTime from;
        private LocalTime to;

        WindowRow(DayOfWeek day, LocalTime from, LocalTime to) {
            this.day = day;
            this.from = from;
            this.to = to;
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek day) { this.day = day; }
        public LocalTime getFrom() { return from; }
        public void setFrom(LocalTime from) { this.from = from; }
        public LocalTime getTo() { return to; }
        public void setTo(LocalTime to) { this.to = to; }
    }

    @PostConstruct
    void init() {
        load(appointments.myAgenda());
    }

    private void load(SalesAgenda loaded) {
        agenda = loaded;
        windows = new ArrayList<>(agenda.getHours().stream()
                .sorted(Comparator.comparing(BusinessHours::getDayOfWeek).thenComparing(BusinessHours::getOpensAt))
                .map(h -> new WindowRow(h.getDayOfWeek(), h.getOpensAt(), h.getClosesAt())).toList());
        provinces = new ArrayList<>(agenda.getProvinces().stream().sorted().toList());
        types = new ArrayList<>(agenda.getMeetingTypes());
    }

    public void addWindow() {
        windows.add(new WindowRow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    public void removeWindow(WindowRow row) {
        windows.remove(row);
    }

    public void save() {
        load(appointments.saveAgenda(agenda.getVersion(),
                windows.stream().map(w -> new BusinessHours(w.getDay(), w.getFrom(), w.getTo())).toList(), provinces, types));
        Messages.info("saved");
    }

    /** The last day the renewed feed address works; none: without end. */
    private java.time.LocalDate feedValidThrough;

    public void addAbsence() {
        load(appointments.addAbsence(absenceFrom, absenceTo, absenceReason));
        absenceFrom = null;
        absenceTo = null;
        absenceReason = null;
        Messages.info("saved");
    }

    public void removeAbsence(Absence absence) {
        load(appointments.removeAbsence(absence.getFromDay(), absence.getToDay(), absence.getReason()));
        Messages.info("deleted");
    }

    public void renewFeed() {
        load(appointments.renewFeed(feedValidThrough));
        Messages.info("calendar.feed.renewed");
    }

    public java.time.LocalDate getFeedValidThrough() { return feedValidThrough; }
    public void setFeedValidThrough(java.time.LocalDate feedValidThrough) { this.feedValidThrough = feedValidThrough; }

    public DayOfWeek[] getDays() { return DayOfWeek.values(); }
    public MeetingType[] getMeetingTypes() { return MeetingType.values(); }
    public SalesAgenda getAgenda() { return agenda; }
    public List<WindowRow> getWindows() { return windows; }
    public List<String> getProvinces() { return provinces; }
    public void setProvinces(List<String> provinces) { this.provinces = provinces; }
    public List<MeetingType> getTypes() { return types; }
    public void setTypes(List<MeetingType> types) { this.types = types; }
    public LocalDate getAbsenceFrom() { return absenceFrom; }
    public void setAbsenceFrom(LocalDate absenceFrom) { this.absenceFrom = absenceFrom; }
    public LocalDate getAbsenceTo() { return absenceTo; }
    public void setAbsenceTo(LocalDate absenceTo) { this.absenceTo = absenceTo; }
    public String getAbsenceReason() { return absenceReason; }
    public void setAbsenceReason(String absenceReason) { this.absenceReason = absenceReason; }
}
