package it.cuffia.contact.domain;

import it.cuffia.crm.domain.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Why an agent pauses, from the client's list ("Pausa pranzo", "Formazione"). Two flags say how the pause
 * counts for pay and occupancy (see {@link PauseTime}): a paid pause is part of the logged (paid) hours, an
 * unpaid one (lunch) is not; a productive pause (training, a team meeting) is work, so it counts as occupied.
 */
@Entity
@Table(name = "pause_code")
@NamedQuery(name = PauseCode.OF_CLIENT, query = "select p from PauseCode p where p.client.id = :client order by p.labelIt")
@NamedQuery(name = PauseCode.OFFERED, query = "select p from PauseCode p join fetch p.client c where c.id in :clients and p.active = true"
        + " and c.active = true order by c.name, p.labelIt")
@NamedQuery(name = PauseCode.CODED, query = "select p from PauseCode p where p.client.id = :client and p.code = :code")
public class PauseCode extends ClientCode {

    public static final String OF_CLIENT = "PauseCode.ofClient";
    public static final String OFFERED = "PauseCode.offered";
    public static final String CODED = "PauseCode.coded";

    @Column(nullable = false)
    private boolean paid = true;

    @Column(nullable = false)
    private boolean productive;

    protected PauseCode() {
    }

    public PauseCode(Client client, String code, String labelIt, String labelEn, boolean paid, boolean productive, boolean active) {
        super(client, code);
        change(labelIt, labelEn, paid, productive, active);
    }

    public final void change(String labelIt, String labelEn, boolean paid, boolean productive, boolean active) {
        relabel(labelIt, labelEn, active);
        this.paid = paid;
        this.productive = productive;
    }

    /** How a pause of this code counts for logged hours and occupancy. */
    public PauseTime time() {
        return new PauseTime(paid, productive);
    }

    public boolean isPaid() { return paid; }
    public boolean isProductive() { return productive; }
}
