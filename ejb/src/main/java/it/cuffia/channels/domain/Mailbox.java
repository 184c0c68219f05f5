package it.cuffia.channels.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A client's inbound mailbox: the suite reads it and turns what arrives into tickets. A fax gateway's
 * mailbox makes fax tickets. The password is kept sealed (see {@link SealedSecret}) and never shown again.
 */
@Entity
@Table(name = "mailbox")
@NamedQuery(name = Mailbox.POLLED, query = "select m from Mailbox m where m.active = true and m.pollEnabled = true order by m.id")
@NamedQuery(name = Mailbox.ALL, query = "select m from Mailbox m join fetch m.client order by m.client.name, m.address")
@NamedQuery(name = Mailbox.ADDRESSES, query = "select lower(m.address) from Mailbox m")
@NamedQuery(name = Mailbox.REPLIES_FROM, query = "select m from Mailbox m where m.client = :client and m.active = true and m.faxGateway = false order by m.id")
public class Mailbox extends AbstractEntity {

    public static final String POLLED = "Mailbox.polled";
    public static final String ALL = "Mailbox.all";
    public static final String ADDRESSES = "Mailbox.addresses";
    /** The mailboxes a client's answers may be sent from, the first first. */
    public static final String REPLIES_FROM = "Mailbox.repliesFrom";

    /** Enough of an address to tell a typing mistake: something@domain.tld, no spaces. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false, length = 160)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailProtocol protocol = MailProtocol.IMAPS;

    @Column(nullable = false, length = 200)
    private String host;

    @Column(nullable = false)
    private int port = MailProtocol.IMAPS.defaultPort();

    @Column(nullable = false, length = 160)
    private String username;

    @Column(name = "password_sealed", length = 600)
    private String passwordSealed;

    @Column(nullable = false, length = 100)
    private String folder = "INBOX";

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "fax_gateway", nullable = false)
    private boolean faxGateway;

    @Column(name = "poll_enabled", nullable = false)
    private boolean pollEnabled = true;

    /** The acknowledgement's text in Italian and English; empty: the default text of the suite. */
    @Column(name = "ack_template_it", length = 2000)
    private String ackTemplateIt;

    @Column(name = "ack_template_en", length = 2000)
    private String ackTemplateEn;

    /** The language acknowledgements are written in ("it" or "en"). */
    @Column(name = "ack_language", nullable = false, length = 2)
    private String ackLanguage = "it";

    /** The name beside the address on the staff's answers ("Aurora Energia - Assistenza"); empty: the client's name. */
    @Column(name = "sender_name", length = 120)
    private String senderName;

    /** Below every answer of the staff sent from this address; empty: none. */
    @Column(length = 2000)
    private String signature;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_poll_error", length = 500)
    private String lastPollError;

    protected Mailbox() {
    }

    public Mailbox(Client client, MailboxSettings settings) {
        this.client = client;
        change(settings);
    }

    /** The settings an admin edits, checked together: a message per field that is wrong. */
    public void change(MailboxSettings s) {
        String addr = required(s.address(), "mailbox.address", 160).toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(addr).matches()) {
            throw new DomainException("mailbox.address.invalid", addr);
        }
        String h = required(s.host(), "mailbox.host", 200);
        if (!HOST.matcher(h).matches()) {
            throw new DomainException("mailbox.host.invalid", h);
        }
        if (s.protocol() == null) {
            throw new DomainException("mailbox.protocol.required");
        }
        int p = s.port() == null ? s.protocol().defaultPort() : s.port();
        if (p < 1 || p > 65535) {
            throw new DomainException("mailbox.port.invalid", p);
        }
        String language = s.ackLanguage() == null ? "it" : s.ackLanguage();
        if (!language.equals("it") && !language.equals("en")) {
            throw new DomainException("mailbox.language.invalid", language);
        }
        this.address = addr;
        this.host = h;
        this.protocol = s.protocol();
        this.port = p;
        this.username = required(s.username(), "mailbox.username", 160);
        this.folder = s.folder() == null || s.folder().isBlank() ? "INBOX" : PlainText.line(s.folder().trim(), "mailbox.folder", 100);
        this.active = s.active();
        this.faxGateway = s.faxGateway();
        this.pollEnabled = s.pollEnabled();
        this.ackTemplateIt = optional(s.ackTemplateIt(), "mailbox.ackTemplateIt");
        this.ackTemplateEn = optional(s.ackTemplateEn(), "mailbox.ackTemplateEn");
        this.ackLanguage = language;
        this.senderName = s.senderName() == null || s.senderName().isBlank() ? null
                : PlainText.line(s.senderName().strip(), "mailbox.senderName", 120);
        this.signature = optional(s.signature(), "mailbox.signature");
    }

    /** The name the staff's answers are sent under. */
    public String sendsAs() {
        return senderName == null ? client.getName() : senderName;
    }

    /** A new password, sealed by the caller with the server's key; the plain one is never kept. */
    public void sealPassword(String sealed) {
        this.passwordSealed = sealed;
    }

    public boolean hasPassword() {
        return passwordSealed != null;
    }

    public void polled(Instant at, String error) {
        lastPolledAt = at;
        lastPollError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }

    /** The acknowledgement template in this mailbox's language, or null for the suite's default. */
    public String ackTemplate() {
        return "en".equals(ackLanguage) ? ackTemplateEn : ackTemplateIt;
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new DomainException("mailbox.required", it.cuffia.shared.domain.Text.of(field));
        }
        return PlainText.line(value.trim(), field, max);
    }

    private static String optional(String value, String field) {
        return value == null || value.isBlank() ? null : PlainText.text(value.strip(), field, 2000);
    }

    public Client getClient() { return client; }
    public String getAddress() { return address; }
    public MailProtocol getProtocol() { return protocol; }
    public String getHost() { return host; }
    public int getPort() { return port; }
    public String getUsername() { return username; }
    public String getPasswordSealed() { return passwordSealed; }
    public String getFolder() { return folder; }
    public boolean isActive() { return active; }
    public boolean isFaxGateway() { return faxGateway; }
    public boolean isPollEnabled() { return pollEnabled; }
    public String getAckTemplateIt() { return ackTemplateIt; }
    public String getAckTemplateEn() { return ackTemplateEn; }
    public String getAckLanguage() { return ackLanguage; }
    public String getSenderName() { return senderName; }
    public String getSignature() { return signature; }
    public Instant getLastPolledAt() { return lastPolledAt; }
    public String getLastPollError() { return lastPollError; }
    public MailboxSettings settings() {
        return new MailboxSettings(address, protocol, host, port, username, folder, active, faxGateway, pollEnabled,
                ackTemplateIt, ackTemplateEn, ackLanguage, senderName, signature);
    }
}
