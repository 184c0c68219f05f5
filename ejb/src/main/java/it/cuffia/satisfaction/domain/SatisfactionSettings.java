package it.cuffia.satisfaction.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A client's customer-satisfaction surveys (issue 16 §2): after a resolved ticket and/or a completed call, after how
 * long the mail goes, how many days its link answers, how often a customer may be asked, and the mail in Italian and
 * English ({@code {link}} where the link goes; {@code {client}}, {@code {customer}}, {@code {expires}} optional).
 */
@Entity
@Table(name = "satisfaction_settings")
@NamedQuery(name = SatisfactionSettings.OF_CLIENT, query = "select s from SatisfactionSettings s where s.client.id = :client")
public class SatisfactionSettings extends AbstractEntity {

    public static final String OF_CLIENT = "SatisfactionSettings.ofClient";

    public static final int MAX_DELAY_MINUTES = 30 * 24 * 60;
    public static final int MAX_VALID_DAYS = 90;
    public static final int MAX_QUIET_DAYS = 365;
    public static final String LINK = "{link}";

    static final String SUBJECT_IT = "Come è andata con {client}?";
    static final String BODY_IT = "Gentile {customer},\n\nci aiuti a migliorare: ci dica in un minuto come è andata la sua "
            + "richiesta a {client}.\n\n{link}\n\nIl link vale fino al {expires}, per una sola risposta.\n\nGrazie!";
    static final String SUBJECT_EN = "How did it go with {client}?";
    static final String BODY_EN = "Dear {customer},\n\nhelp us improve: tell us in one minute how your request to {client} went."
            + "\n\n{link}\n\nThe link works until {expires}, for one answer.\n\nThank you!";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "after_tickets", nullable = false)
    private boolean afterTickets;
    @Column(name = "after_calls", nullable = false)
    private boolean afterCalls;
    @Column(name = "delay_minutes", nullable = false)
    private int delayMinutes;
    @Column(name = "valid_days", nullable = false)
    private int validDays;
    @Column(name = "quiet_days", nullable = false)
    private int quietDays;
    @Column(name = "link_base", nullable = false, length = 300)
    private String linkBase;
    @Column(name = "subject_it", nullable = false, length = 200)
    private String subjectIt;
    @Column(name = "body_it", nullable = false, length = 4000)
    private String bodyIt;
    @Column(name = "subject_en", nullable = false, length = 200)
    private String subjectEn;
    @Column(name = "body_en", nullable = false, length = 4000)
    private String bodyEn;

    /** What an admin edits. */
    public record Data(boolean afterTickets, boolean afterCalls, Integer delayMinutes, Integer validDays, Integer quietDays,
                       String linkBase, String subjectIt, String bodyIt, String subjectEn, String bodyEn) implements Serializable {
    }

    protected SatisfactionSettings() {
    }

    public SatisfactionSettings(Client client, Data data) {
        this.client = client;
        change(data);
    }

    /** A client that has never set its surveys: off, an hour after, a link good for 14 days, once a week at most. */
    public static Data defaults(String linkBase) {
        return new Data(false, false, 60, 14, 7, linkBase, SUBJECT_IT, BODY_IT, SUBJECT_EN, BODY_EN);
    }

    public void change(Data data) {
        int delay = within(data.delayMinutes(), 0, MAX_DELAY_MINUTES, "csat.settings.delay");
        int valid = within(data.validDays(), 1, MAX_VALID_DAYS, "csat.settings.valid");
        int quiet = within(data.quietDays(), 0, MAX_QUIET_DAYS, "csat.settings.quiet");
        String base = required(PlainText.line(trim(data.linkBase()), "csat.settings.linkBase", 300), "csat.settings.linkBase");
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
            throw new DomainException("csat.settings.linkBase.invalid");
        }
        String sIt = required(PlainText.line(trim(data.subjectIt()), "csat.settings.subjectIt", 200), "csat.settings.subjectIt");
        String sEn = required(PlainText.line(trim(data.subjectEn()), "csat.settings.subjectEn", 200), "csat.settings.subjectEn");
        String bIt = body(data.bodyIt(), "csat.settings.bodyIt");
        String bEn = body(data.bodyEn(), "csat.settings.bodyEn");
        this.afterTickets = data.afterTickets();
        this.afterCalls = data.afterCalls();
        this.delayMinutes = delay;
        this.validDays = valid;
        this.quietDays = quiet;
        this.linkBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.subjectIt = sIt;
        this.bodyIt = bIt;
        this.subjectEn = sEn;
        this.bodyEn = bEn;
    }

    public Data data() {
        return new Data(afterTickets, afterCalls, delayMinutes, validDays, quietDays, linkBase, subjectIt, bodyIt, subjectEn, bodyEn);
    }

    public boolean surveys(SurveySubject subject) {
        return subject == SurveySubject.TICKET ? afterTickets : afterCalls;
    }

    public boolean isOn() {
        return afterTickets || afterCalls;
    }

    public Duration delay() {
        return Duration.ofMinutes(delayMinutes);
    }

    /** The survey page's address for a token, in the customer's language. */
    public String link(String token, String language) {
        // the language named in the link: the page speaks the mail's language whatever the browser reads
        return linkBase + "/survey.xhtml?t=" + token + "&lang=" + ("en".equals(language) ? "en" : "it");
    }

    /** The mail's subject and body in {@code language} ("en", else Italian), its placeholders filled in. */
    public Mail mail(String language, String token, String customerName, Instant expiresAt, ZoneId zone) {
        boolean english = "en".equals(language);
        Locale locale = english ? Locale.ENGLISH : Locale.ITALIAN;
        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .format(expiresAt.atZone(zone));
        String name = customerName == null || customerName.isBlank() ? (english ? "customer" : "cliente") : customerName;
        String link = link(token, english ? "en" : "it");
        return new Mail(fill(english ? subjectEn : subjectIt, link, name, expires).replace("\n", " "),
                fill(english ? bodyEn : bodyIt, link, name, expires));
    }

    public record Mail(String subject, String body) {
    }

    private String fill(String text, String link, String customer, String expires) {
        return text.replace("{client}", client.getName()).replace("{customer}", customer).replace("{expires}", expires)
                .replace(LINK, link);
    }

    private static String body(String value, String label) {
        String body = required(PlainText.text(trim(value), label, 4000), label);
        if (!body.contains(LINK)) {
            throw new DomainException("csat.settings.body.noLink", it.cuffia.shared.domain.Text.of(label), LINK);
        }
        return body;
    }

    private static int within(Integer value, int min, int max, String label) {
        if (value == null || value < min || value > max) {
            throw new DomainException("csat.settings.range", it.cuffia.shared.domain.Text.of(label), min, max);
        }
        return value;
    }

    private static String required(String value, String label) {
        if (value == null || value.isEmpty()) {
            throw new DomainException("csat.settings.required", it.cuffia.shared.domain.Text.of(label));
        }
        return value;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    public Client getClient() { return client; }
    public boolean isAfterTickets() { return afterTickets; }
    public boolean isAfterCalls() { return afterCalls; }
    public int getDelayMinutes() { return delayMinutes; }
    public int getValidDays() { return validDays; }
    public int getQuietDays() { return quietDays; }
    public String getLinkBase() { return linkBase; }
}
