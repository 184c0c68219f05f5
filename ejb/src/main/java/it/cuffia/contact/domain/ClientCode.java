package it.cuffia.contact.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a list a client keeps for its agents to choose from (a pause code, a disposition): a short
 * code for reports and exports ("PRANZO"), the label the agents read, written by the admin in Italian and,
 * for English-speaking staff, in English (the Italian one is shown where the English one is missing), and
 * whether it is offered. Entries are switched off, never deleted: past pauses and calls keep theirs.
 */
@MappedSuperclass
public abstract class ClientCode extends AbstractEntity {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "label_it", nullable = false, length = 60)
    private String labelIt;

    @Column(name = "label_en", length = 60)
    private String labelEn;

    @Column(nullable = false)
    private boolean active = true;

    protected ClientCode() {
    }

    protected ClientCode(Client client, String code) {
        this.client = client;
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            throw new DomainException("clientCode.code.pattern");
        }
        this.code = normalized;
    }

    /** Labels and the active flag; the code never changes (reports group by it). */
    protected final void relabel(String italian, String english, boolean active) {
        if (italian == null || italian.isBlank()) {
            throw new DomainException("clientCode.label.required");
        }
        this.labelIt = PlainText.line(italian.strip(), "clientCode.labelIt", 60);
        this.labelEn = english == null || english.isBlank() ? null : PlainText.line(english.strip(), "clientCode.labelEn", 60);
        this.active = active;
    }

    /** The label in the reader's language: English where written, Italian otherwise. */
    public String label(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : labelIt;
    }

    /** The label as the domain says it: the admin's own words, never translated by the bundle. */
    public Text text(Locale locale) {
        return Text.literal(label(locale));
    }

    public Client getClient() { return client; }
    public String getCode() { return code; }
    public String getLabelIt() { return labelIt; }
    public String getLabelEn() { return labelEn; }
    public boolean isActive() { return active; }
}
