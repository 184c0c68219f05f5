package it.cuffia.channels.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A client's public web form: reached without login at an address holding its key, embeddable in the client's
 * site. An admin turns it on and off, or gives it a new key (the old address stops working at once).
 */
@Entity
@Table(name = "web_form")
@NamedQuery(name = WebForm.BY_KEY, query = "select f from WebForm f join fetch f.client where f.formKey = :key")
@NamedQuery(name = WebForm.OF_CLIENT, query = "select f from WebForm f where f.client.id = :client")
public class WebForm extends AbstractEntity {

    public static final String BY_KEY = "WebForm.byKey";
    public static final String OF_CLIENT = "WebForm.ofClient";

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "form_key", nullable = false, length = 43)
    private String formKey;

    @Column(name = "signing_secret", nullable = false, length = 43)
    private String signingSecret;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebForm() {
    }

    /** A new form of the client, on, with a key and a signing secret of its own. */
    public WebForm(Client client, Instant at) {
        this.client = client;
        this.createdAt = at;
        this.enabled = true;
        renewKey();
    }

    /** A new address (and signing secret): the old address and the forms served from it stop working. */
    public void renewKey() {
        // 160 random bits in lower-case hex: an address people copy, with no letters a reader could confuse as a word
        formKey = it.cuffia.shared.domain.Checksums.sha256Hex(Secrets.newSecret().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .substring(0, 40);
        signingSecret = Secrets.newSecret();
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    /** People can write through it: it is on and its client is active. */
    public boolean isOpen() {
        return enabled && client.isActive();
    }

    /** The stamp of a form served now (see {@link FormStamp}). */
    public String stamp(Instant at) {
        return FormStamp.issue(signingSecret, formKey, at);
    }

    /** When a form of this one was served, if the stamp is one of its own. */
    public Optional<Instant> stampedAt(String stamp) {
        return FormStamp.issuedAt(signingSecret, formKey, stamp);
    }

    public Client getClient() { return client; }
    public String getFormKey() { return formKey; }
    public boolean isEnabled() { return enabled; }
    public Instant getCreatedAt() { return createdAt; }
}
