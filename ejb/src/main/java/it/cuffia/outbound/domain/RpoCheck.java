package it.cuffia.outbound.domain;

import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The answer of the Registro pubblico delle opposizioni for one number on one day: registered
 * numbers have opposed marketing calls. A check is valid for a lead when it was made after the
 * lead's import and no more than the campaign's window of days ago.
 */
@Entity
@Table(name = "rpo_check")
public class RpoCheck extends AbstractEntity {

    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "checked_on", nullable = false)
    private LocalDate checkedOn;

    @Column(nullable = false)
    private boolean registered;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected RpoCheck() {
    }

    public RpoCheck(String e164, LocalDate checkedOn, boolean registered, Instant importedAt) {
        this.number = e164;
        this.checkedOn = checkedOn;
        this.registered = registered;
        this.importedAt = importedAt;
    }

    /** The register covers Italian numbers only. */
    public static final String ITALIAN_PREFIX = "+39";

    /**
     * Whether the register speaks for this number: it lists Italian numbers only, so a foreign number
     * (not +39) has no answer to ask for; it still goes through the do-not-call list and consent.
     */
    public static boolean appliesTo(String e164) {
        return e164 != null && e164.startsWith(ITALIAN_PREFIX);
    }

    /**
     * Whether a check clears a lead for a call on {@code today}: its result reached the suite after
     * the lead was imported, and it was made no more than {@code windowDays} ago.
     */
    public static boolean covers(LocalDate checkedOn, Instant checkImportedAt, Instant leadImportedAt, LocalDate today, int windowDays) {
        return !checkImportedAt.isBefore(leadImportedAt) && !checkedOn.isAfter(today) && !checkedOn.isBefore(today.minusDays(windowDays));
    }

    public String getNumber() { return number; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public boolean isRegistered() { return registered; }
    public Instant getImportedAt() { return importedAt; }
}
