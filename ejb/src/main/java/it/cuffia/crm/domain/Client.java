package it.cuffia.crm.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.ItalianHolidays;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A client company (committente) the agency works for in outsourcing. */
@Entity
@Table(name = "client")
public class Client extends AbstractEntity {

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Z0-9_-]+", message = "{client.code.pattern}")
    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    /** Partita IVA: eleven digits. */
    @Pattern(regexp = "\\d{11}", message = "{client.vatNumber.pattern}")
    @Column(name = "vat_number", length = 11)
    private String vatNumber;

    @Email
    @Size(max = 160)
    @Column(length = 160)
    private String email;

    @Column(name = "zone_id", nullable = false, length = 40)
    private String zoneId = "Europe/Rome";

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The service-level threshold of its calls (issue 15 §3): a call answered at most this many seconds after it
     * entered the queue was answered in time ({@code it.cuffia.contact.domain.CallFigures}).
     */
    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(MAX_SERVICE_LEVEL_SECONDS)
    @Column(name = "service_level_seconds", nullable = false)
    private int serviceLevelSeconds = DEFAULT_SERVICE_LEVEL_SECONDS;

    /** The usual threshold of the 80/20 target: 80 % of the calls answered within 20 seconds. */
    public static final int DEFAULT_SERVICE_LEVEL_SECONDS = 20;
    public static final int MAX_SERVICE_LEVEL_SECONDS = 3600;

    /** SHA-256 of the key its PBX sends with CTI events; the key itself is shown once and never stored. */
    @Column(name = "cti_key_hash", length = 64)
    private String ctiKeyHash;

    @ElementCollection
    @CollectionTable(name = "client_business_hours", joinColumns = @JoinColumn(name = "client_id"))
    @OrderBy("dayOfWeek, opensAt")
    private List<BusinessHours> businessHours = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "client_closure", joinColumns = @JoinColumn(name = "client_id"))
    @OrderBy("date")
    private List<ClientClosure> closures = new ArrayList<>();

    protected Client() {
    }

    public Client(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The default week of an Italian contact center: Monday to Friday, 9 to 18. */
    public static List<BusinessHours> officeWeek() {
        List<BusinessHours> week = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new BusinessHours(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        return week;
    }

    /** A working day: not a national holiday, not one of the client's closures. */
    public boolean isWorkingDay(LocalDate date) {
        return !ItalianHolidays.isHoliday(date)
                && closures.stream().noneMatch(c -> c.getDate().equals(date))
                && businessHours.stream().anyMatch(h -> h.getDayOfWeek() == date.getDayOfWeek());
    }

    public boolean isOpenAt(ZonedDateTime instant) {
        ZonedDateTime local = instant.withZoneSameInstant(zone());
        return isWorkingDay(local.toLocalDate())
                && businessHours.stream().anyMatch(h -> h.contains(local.getDayOfWeek(), local.toLocalTime()));
    }

    public void replaceBusinessHours(Collection<BusinessHours> hours) {
        businessHours.clear();
        businessHours.addAll(hours);
    }

    public void addClosure(LocalDate date, String description) {
        if (date == null) {
            throw new it.cuffia.shared.domain.DomainException("date.required");
        }
        ClientClosure closure = new ClientClosure(date, description); // checked before the day's old one is replaced
        closures.removeIf(c -> c.getDate().equals(date));
        closures.add(closure);
    }

    public void removeClosure(LocalDate date) {
        closures.removeIf(c -> c.getDate().equals(date));
    }

    public void deactivate() {
        active = false;
    }

    /** A new CTI API key (the old one stops working); returned once for the admin to copy into the PBX. */
    public String issueCtiKey() {
        String key = it.cuffia.shared.domain.Secrets.newSecret();
        ctiKeyHash = hashOf(key);
        return key;
    }

    public boolean hasCtiKey() {
        return ctiKeyHash != null;
    }

    public static String hashOf(String key) {
        return it.cuffia.shared.domain.Secrets.hashOf(key);
    }

    public void activate() {
        active = true;
    }

    public ZoneId zone() {
        return ZoneId.of(zoneId);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getVatNumber() {
        return vatNumber;
    }

    public void setVatNumber(String vatNumber) {
        this.vatNumber = vatNumber == null || vatNumber.isBlank() ? null : vatNumber.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public int getServiceLevelSeconds() {
        return serviceLevelSeconds;
    }

    public void setServiceLevelSeconds(int serviceLevelSeconds) {
        this.serviceLevelSeconds = serviceLevelSeconds;
    }

    public String getZoneId() {
        return zoneId;
    }

    public boolean isActive() {
        return active;
    }

    public List<BusinessHours> getBusinessHours() {
        return List.copyOf(businessHours);
    }

    public List<ClientClosure> getClosures() {
        return List.copyOf(closures);
    }
}
