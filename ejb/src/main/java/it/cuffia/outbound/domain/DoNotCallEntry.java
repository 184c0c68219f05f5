package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A number that must not be called: for one client, or for everyone when the client is null. */
@Entity
@Table(name = "do_not_call")
public class DoNotCallEntry extends AbstractEntity {

    @ManyToOne
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(length = 200)
    private String reason;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 60)
    private String addedBy;

    protected DoNotCallEntry() {
    }

    public DoNotCallEntry(Client client, String e164, String reason, Instant addedAt, String addedBy) {
        this.client = client;
        this.number = e164;
        this.reason = reason == null || reason.isBlank() ? null : it.cuffia.shared.domain.PlainText.text(reason.strip(), "dnc.reason", 200);
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    public boolean isGlobal() {
        return client == null;
    }

    public Client getClient() { return client; }
    public String getNumber() { return number; }
    public String getReason() { return reason; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
}
