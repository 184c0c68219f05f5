package it.cuffia.web.admin;

import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ClientClosure;
import it.cuffia.shared.domain.ItalianHolidays;
import it.cuffia.web.faces.Messages;
import it.cuffia.web.faces.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Admin console: client companies, their business hours and closures. */
@Named
@ViewScoped
public class ClientsView implements Serializable {

    @Inject
    private ClientService clients;

    @Inject
    private java.time.Clock clock;

    @Inject
    private it.cuffia.contact.application.InteractionService interactions;

    private String issuedCtiKey;

    @Inject
    private it.cuffia.ticketing.application.SlaTargetService slaTargets;

    private List<SlaRow> sla;

    private ServiceLazyModel<Client> model;
    @Valid
    private Client editing;
    private Long editingId;
    private long editingVersion;
    private List<HoursRow> hours;
    private LocalDate closureDate;
    private String closureDescription;

    @PostConstruct
    void init() {
        model = new ServiceLazyModel<>(clients::page);
    }

    /** The dialog's open tab: an action that redraws the form (adding a closure) stays on it. */
    private int tab;

    public int getTab() { return tab; }
    public void setTab(int tab) { this.tab = tab; }

    public void create() {
        editing = new Client(null, null);
        editingId = null;
    }

    public void edit(Client row) {
        editing = clients.get(row.getId());
        editingId = editing.getId();
        editingVersion = editing.getVersion();
        hours = HoursRow.of(editing.getBusinessHours());
        issuedCtiKey = null;
        tab = 0;
        sla = slaTargets.targetsOf(editingId).stream().map(SlaRow::new).toList();
    }

    public void save() {
        if (editingId == null) {
            clients.create(editing);
        } else {
            clients.update(editingId, editingVersion, editing);
        }
        Messages.info("saved");
        editing = null;
    }

    public void saveHours() {
        List<BusinessHours> week = new ArrayList<>();
        for (HoursRow row : hours) {
            if (row.isOpen()) {
                week.add(new BusinessHours(row.getDay(), row.getOpensAt(), row.getClosesAt()));
            }
        }
        editing = clients.replaceBusinessHours(editingId, week);
        followVersion();
        Messages.info("saved");
    }

    public void addClosure() {
        editing = clients.addClosure(editingId, closureDate, closureDescription);
        followVersion();
        closureDate = null;
        closureDescription = null;
    }

    public void removeClosure(ClientClosure closure) {
        editing = clients.removeClosure(editingId, closure.getDate());
        followVersion();
    }

    /** A new key for the client's PBX, shown once in the dialog for the admin to copy. */
    public void issueCtiKey() {
        issuedCtiKey = interactions.issueCtiKey(editingId);
        followVersion();
        Messages.info("client.ctiKey.issued");
    }

    /**
     * Hours, closures and a new CTI key change the client in their own transactions: the dialog's Save then holds the
     * version they committed, read again (the entity they return was read before its commit raised the version),
     * not the one it opened with, which would be taken for somebody else's change.
     */
    private void followVersion() {
        editingVersion = clients.get(editingId).getVersion();
    }

    public void saveSla(SlaRow row) {
        slaTargets.set(editingId, row.getCategory(), row.getPriority(), row.getFirstResponseMinutes(), row.getResolutionMinutes());
        Messages.info("saved");
    }

    public List<SlaRow> getSla() {
        return sla;
    }

    public String getIssuedCtiKey() {
        return issuedCtiKey;
    }

    public void toggleActive(Client row) {
        clients.setActive(row.getId(), !row.isActive());
        Messages.info(row.isActive() ? "deactivated" : "activated");
    }

    /** National holidays of this year and the next, for the admin's reference. */
    public Map<LocalDate, String> getNationalHolidays() {
        int year = LocalDate.now(clock).getYear();
        Map<LocalDate, String> all = new TreeMap<>(ItalianHolidays.of(year));
        all.putAll(ItalianHolidays.of(year + 1));
        return all;
    }

    public List<Map.Entry<LocalDate, String>> getNationalHolidayList() {
        return new ArrayList<>(getNationalHolidays().entrySet());
    }

    public ServiceLazyModel<Client> getModel() { return model; }
    public Client getEditing() { return editing; }
    public boolean isEditingExisting() { return editingId != null; }
    public List<HoursRow> getHours() { return hours; }
    public LocalDate getClosureDate() { return closureDate; }
    public void setClosureDate(LocalDate closureDate) { this.closureDate = closureDate; }
    public String getClosureDescription() { return closureDescription; }
    public void setClosureDescription(String closureDescription) { this.closureDescription = closureDescription; }

    /** One weekday of the hours editor: open or closed, from–to. */
    public static class HoursRow implements Serializable {
        private final DayOfWeek day;
        private boolean open;
        private LocalTime opensAt = LocalTime.of(9, 0);
        private LocalTime closesAt = LocalTime.of(18, 0);

        HoursRow(DayOfWeek day) {
            this.day = day;
        }

        static List<HoursRow> of(List<BusinessHours> week) {
            List<HoursRow> rows = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                HoursRow row = new HoursRow(day);
                week.stream().filter(h -> h.getDayOfWeek() == day).findFirst().ifPresent(h -> {
                    row.open = true;
                    row.opensAt = h.getOpensAt();
                    row.closesAt = h.getClosesAt();
                });
                rows.add(row);
            }
            return rows;
        }

        public DayOfWeek getDay() { return day; }
        public boolean isOpen() { return open; }
        public void setOpen(boolean open) { this.open = open; }
        public LocalTime getOpensAt() { return opensAt; }
        public void setOpensAt(LocalTime opensAt) { this.opensAt = opensAt; }
        public LocalTime getClosesAt() { return closesAt; }
        public void setClosesAt(LocalTime closesAt) { this.closesAt = closesAt; }
    }

    /** One SLA promise in the editor: minutes of business time to answer and to resolve. */
    public static class SlaRow implements Serializable {
        private final it.cuffia.ticketing.domain.TicketCategory category;
        private final it.cuffia.ticketing.domain.Priority priority;
        private int firstResponseMinutes;
        private int resolutionMinutes;

        SlaRow(it.cuffia.ticketing.domain.SlaTarget target) {
            category = target.getCategory();
            priority = target.getPriority();
            firstResponseMinutes = target.getFirstResponseMinutes();
            resolutionMinutes = target.getResolutionMinutes();
        }

        public it.cuffia.ticketing.domain.TicketCategory getCategory() { return category; }
        public it.cuffia.ticketing.domain.Priority getPriority() { return priority; }
        public int getFirstResponseMinutes() { return firstResponseMinutes; }
        public void setFirstResponseMinutes(int firstResponseMinutes) { this.firstResponseMinutes = firstResponseMinutes; }
        public int getResolutionMinutes() { return resolutionMinutes; }
        public void setResolutionMinutes(int resolutionMinutes) { this.resolutionMinutes = resolutionMinutes; }
    }
}
