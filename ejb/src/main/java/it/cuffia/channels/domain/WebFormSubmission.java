package it.cuffia.channels.domain;

import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A submission of a web form that passed the input checks, accepted (with its ticket and the moment the privacy
 * notice was accepted) or refused (with the reason). The rate limits count these rows.
 */
@Entity
@Table(name = "web_form_submission")
@NamedQuery(name = WebFormSubmission.BY_EMAIL_SINCE,
        query = "select count(s) from WebFormSubmission s where s.email = :email and s.submittedAt >= :since")
@NamedQuery(name = WebFormSubmission.BY_ADDRESS_SINCE,
        query = "select count(s) from WebFormSubmission s where s.remoteAddress = :address and s.submittedAt >= :since")
@NamedQuery(name = WebFormSubmission.STAMP_USED,
        query = "select count(s) from WebFormSubmission s where s.stampHash = :hash")
public class WebFormSubmission extends AbstractEntity {

    public static final String BY_EMAIL_SINCE = "WebFormSubmission.byEmailSince";
    public static final String BY_ADDRESS_SINCE = "WebFormSubmission.byAddressSince";
    public static final String STAMP_USED = "WebFormSubmission.stampUsed";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "web_form_id")
    private WebForm form;

    @Column(nullable = false, length = 160)
    private String email;

    @Column(name = "remote_address", nullable = false, length = 64)
    private String remoteAddress;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WebFormOutcome outcome;

    @Column(name = "stamp_hash", nullable = false, length = 64)
    private String stampHash;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "privacy_accepted_at")
    private Instant privacyAcceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    protected WebFormSubmission() {
    }

    private WebFormSubmission(WebForm form, WebFormEntry entry, String remoteAddress, String stamp, Instant at,
                              WebFormOutcome outcome) {
        this.form = form;
        this.email = entry.email();
        this.remoteAddress = remoteAddress.length() > 64 ? remoteAddress.substring(0, 64) : remoteAddress;
        this.stampHash = FormStamp.hashOf(stamp);
        this.submittedAt = at;
        this.language = entry.language();
        this.outcome = outcome;
    }

    public static WebFormSubmission refused(WebForm form, WebFormEntry entry, String remoteAddress, String stamp, Instant at,
                                            WebFormOutcome reason) {
        if (reason.isAccepted()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        return new WebFormSubmission(form, entry, remoteAddress, stamp, at, reason);
    }

    /** The ticket the submission opened; the sender accepted the privacy notice when sending it. */
    public static WebFormSubmission accepted(WebForm form, WebFormEntry entry, String remoteAddress, String stamp, Instant at,
                                             Ticket ticket) {
        WebFormSubmission submission = new WebFormSubmission(form, entry, remoteAddress, stamp, at, WebFormOutcome.ACCEPTED);
        submission.ticket = ticket;
        submission.privacyAcceptedAt = at;
        return submission;
    }

    public WebForm getForm() { return form; }
    public String getEmail() { return email; }
    public String getRemoteAddress() { return remoteAddress; }
    public Instant getSubmittedAt() { return submittedAt; }
    public WebFormOutcome getOutcome() { return outcome; }
    public String getLanguage() { return language; }
    public Instant getPrivacyAcceptedAt() { return privacyAcceptedAt; }
    public Ticket getTicket() { return ticket; }
}
