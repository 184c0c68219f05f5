package it.cuffia.contact.domain;

import it.cuffia.crm.domain.Client;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * How an inbound call ended, from the client's list (esito: "Risolto al primo contatto", "Richiamare",
 * "Inoltrato al 2° livello"). The agent chooses one in the wrap-up; the call keeps it and its code.
 * A code equal to the end of a ticket category's script (RESOLVED, TICKET_OPENED, ESCALATED, TRANSFERRED)
 * is chosen for the agent when the script reaches that end.
 */
@Entity
@Table(name = "disposition")
@NamedQuery(name = Disposition.OF_CLIENT, query = "select d from Disposition d where d.client.id = :client order by d.labelIt")
@NamedQuery(name = Disposition.ACTIVE_OF_CLIENT,
        query = "select d from Disposition d where d.client.id = :client and d.active = true order by d.labelIt")
@NamedQuery(name = Disposition.CODED, query = "select d from Disposition d where d.client.id = :client and d.code = :code")
public class Disposition extends ClientCode {

    public static final String OF_CLIENT = "Disposition.ofClient";
    public static final String ACTIVE_OF_CLIENT = "Disposition.activeOfClient";
    public static final String CODED = "Disposition.coded";

    protected Disposition() {
    }

    public Disposition(Client client, String code, String labelIt, String labelEn, boolean active) {
        super(client, code);
        change(labelIt, labelEn, active);
    }

    public final void change(String labelIt, String labelEn, boolean active) {
        relabel(labelIt, labelEn, active);
    }
}
