package it.cuffia.appointments.domain;

import it.cuffia.crm.domain.BusinessHours;
import it.cuffia.identity.domain.SalesPerson;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When and where a sales person takes appointments: weekly hours, absences, the provinces they
 * cover in person and the kinds of meeting they hold. Booking locks this row, so two agents
 * booking the same person at once are served one after the other.
 */
@Entity
@Table(name = "sales_agenda")
public class SalesAgenda extends AbstractEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @OneToOne(optional = false)
    @JoinColumn(name = "sales_person_id", unique = true)
    private SalesPerson salesPerson;

    /** The secret in the calendar feed's address (Outlook and Google Calendar cannot log in). */
    @Column(name = "ics_token", nullable = false, length = 64)
    private String icsToken;

    /** The last day the feed address works, or none: a sales person who lends a laptop can give the address an end. */
    @Column(name = "ics_token_valid_through")
    private LocalDate icsTokenValidThrough;

    @ElementCollection
    @CollectionTable(name = "sales_working_hours", joinColumns = @JoinColumn(name = "agenda_id"))
    private List<BusinessHours> hours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sales_absence", joinColumns = @JoinColumn(name = "agenda_id"))
    private List<Absence> absences = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sales_area", joinColumns = @JoinColumn(name = "agenda_id"))
    @Column(name = "province", length = 2)
    private Set<String> provinces = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "sales_meeting_type", joinColumns = @JoinColumn(name = "agenda_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", length = 10)
    private Set<MeetingType> meetingTypes = EnumSet.allOf(MeetingType.class);

    protected SalesAgenda() {
    }

    public SalesAgenda(SalesPerson salesPerson) {
        this.salesPerson = salesPerson;
        newSecret();
    }

    /**
     * A new secret address, working through the given day (Europe/Rome) or without end when none is given;
     * the old address stops working at once (e.g. it was shared by mistake).
     */
    public void renewToken(LocalDate validThrough, LocalDate today) {
        if (validThrough != null && validThrough.isBefore(today)) {
            throw new it.cuffia.shared.domain.DomainException("calendar.feed.validThrough.past");
        }
        newSecret();
        icsTokenValidThrough = validThrough;
    }

    /** Whether the feed address opens the calendar on this day. */
    public boolean feedWorksOn(LocalDate day) {
        return icsTokenValidThrough == null || !day.isAfter(icsTokenValidThrough);
    }

    private void newSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        icsToken = HexFormat.of().formatHex(bytes);
    }

    /** The week's windows; two of one day may not overlap (a slot in both would be offered twice). */
    public void replaceHours(Collection<BusinessHours> newHours) {
        List<BusinessHours> week = newHours.stream()
                .sorted(java.util.Comparator.comparing(BusinessHours::getDayOfWeek).thenComparing(BusinessHours::getOpensAt)).toList();
        for (int i = 1; i < week.size(); i++) {
            BusinessHours before = week.get(i - 1);
            BusinessHours next = week.get(i);
            if (before.getDayOfWeek() == next.getDayOfWeek() && next.getOpensAt().isBefore(before.getClosesAt())) {
                throw new DomainException("agenda.hours.overlap", Text.label("day.", next.getDayOfWeek()),
                        before.getOpensAt(), before.getClosesAt(), next.getOpensAt(), next.getClosesAt());
            }
        }
        hours.clear();
        hours.addAll(week);
    }

    public void addAbsence(Absence absence) {
        absences.add(absence);
    }

    public void removeAbsence(Absence absence) {
        absences.remove(absence);
    }

    public void cover(Collection<String> newProvinces) {
        Set<String> cleaned = new HashSet<>();
        for (String province : newProvinces) {
            String sigla = province == null ? "" : province.strip().toUpperCase(Locale.ROOT);
            if (!sigla.matches("[A-Z]{2}")) {
                throw new DomainException("agenda.province.invalid", province);
            }
            cleaned.add(sigla);
        }
        provinces.clear();
        provinces.addAll(cleaned);
    }

    public void hold(Collection<MeetingType> types) {
        meetingTypes.clear();
        meetingTypes.addAll(types);
    }

    public boolean isAbsentOn(LocalDate day) {
        return absences.stream().anyMatch(a -> a.covers(day));
    }

    /** Whether this person may take a meeting of this type with a customer of this province. */
    public boolean serves(MeetingType type, String province) {
        if (!meetingTypes.contains(type)) {
            return false;
        }
        return type != MeetingType.IN_PERSON || province != null && provinces.contains(province.toUpperCase(Locale.ROOT));
    }

    public SalesPerson getSalesPerson() { return salesPerson; }
    public String getIcsToken() { return icsToken; }
    public LocalDate getIcsTokenValidThrough() { return icsTokenValidThrough; }
    public List<BusinessHours> getHours() { return List.copyOf(hours); }
    public List<Absence> getAbsences() { return List.copyOf(absences); }
    public Set<String> getProvinces() { return Set.copyOf(provinces); }
    public Set<MeetingType> getMeetingTypes() { return Set.copyOf(meetingTypes); }
}
