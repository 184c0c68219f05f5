package it.cuffia.satisfaction.application;

import it.cuffia.appointments.application.Mailer;
import it.cuffia.contact.application.CallFinished;
import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.satisfaction.domain.SatisfactionSettings;
import it.cuffia.satisfaction.domain.SatisfactionSurvey;
import it.cuffia.satisfaction.domain.SkipReason;
import it.cuffia.satisfaction.domain.SurveyRules;
import it.cuffia.satisfaction.domain.SurveyStatus;
import it.cuffia.satisfaction.domain.SurveyToken;
import it.cuffia.shared.domain.NotFoundException;
import it.cuffia.shared.domain.Zones;
import it.cuffia.ticketing.application.TicketResolved;
import it.cuffia.ticketing.domain.Ticket;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 16 §2, the surveys' life: planned when a ticket is resolved or a call completes (in that transaction, due after
 * the client's delay), mailed by {@link SurveyTimer} through the outbox (the survey marked sent in the same
 * transaction as its mail is queued: a survey is mailed once), answered once on the public page, the answer joining
 * the ticket's timeline (the customer's timeline and the KPIs read the survey itself).
 */
@Stateless
public class SatisfactionSurveys {

    /** A round mails at most this many (the outbox sends 200 a round). */
    static final int ROUND = 100;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Mailer mailer;

    /** What the public page needs of a link. */
    public record PublicSurvey(String clientName, SatisfactionSurvey.View view, String language, Instant expiresAt,
                               Integer satisfaction, Integer recommendation) implements Serializable {
    }

    public void onTicketResolved(@Observes TicketResolved resolved) {
        Ticket ticket = em.find(Ticket.class, resolved.ticketId());
        settingsOf(ticket.getClient().getId()).filter(SatisfactionSettings::isAfterTickets).ifPresent(settings -> {
            boolean planned = !em.createQuery("select s.id from SatisfactionSurvey s where s.ticket = :t and s.status = :s", Long.class)
                    .setParameter("t", ticket).setParameter("s", SurveyStatus.SCHEDULED).setMaxResults(1).getResultList().isEmpty();
            if (!planned) { // resolved, reopened and resolved again within the delay: still one survey
                AppUser resolver = resolved.resolverId() == null ? null : em.find(AppUser.class, resolved.resolverId());
                em.persist(SatisfactionSurvey.ofTicket(ticket, resolver, resolved.at(), settings.delay()));
            }
        });
    }

    public void onCallFinished(@Observes CallFinished finished) {
        Interaction call = em.find(Interaction.class, finished.interactionId());
        if (!SatisfactionSurvey.completes(call)) {
            return;
        }
        settingsOf(call.getClient().getId()).filter(SatisfactionSettings::isAfterCalls).ifPresent(settings -> {
            boolean planned = !em.createQuery("select s.id from SatisfactionSurvey s where s.interaction = :i", Long.class)
                    .setParameter("i", call).setMaxResults(1).getResultList().isEmpty();
            if (!planned) {
                em.persist(SatisfactionSurvey.ofCall(call, finished.at(), settings.delay()));
            }
        });
    }

    /**
     * Mails the surveys due at {@code now} (or skips them, with the reason): the survey is marked in the transaction
     * that queues its mail, so a survey is mailed once even if two servers run this round at once (the loser's
     * optimistic lock rolls its mails back). Returns how many were mailed.
     */
    public int sendDue(Instant now) {
        List<SatisfactionSurvey> due = em.createNamedQuery(SatisfactionSurvey.DUE, SatisfactionSurvey.class)
                .setParameter("status", SurveyStatus.SCHEDULED).setParameter("now", now)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.customer.consents")
                .setHint("eclipselink.batch", "s.ticket")
                .setHint("eclipselink.batch", "s.client")
                .setMaxResults(ROUND).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> clients = due.stream().map(s -> s.getClient().getId()).distinct().toList();
        Map<Long, SatisfactionSettings> settings = new HashMap<>();
        em.createQuery("select s from SatisfactionSettings s where s.client.id in :c", SatisfactionSettings.class)
                .setParameter("c", clients).getResultList().forEach(s -> settings.put(s.getClient().getId(), s));
        List<Long> customers = due.stream().map(s -> s.getCustomer().getId()).distinct().toList();
        Map<Long, Instant> lastSent = new HashMap<>();
        // the surveys mailed to them within the longest quiet period (an aggregate of instants would bypass their converter)
        em.createQuery("select s.customer.id, s.sentAt from SatisfactionSurvey s where s.customer.id in :c and s.sentAt >= :since",
                        Object[].class).setParameter("c", customers)
                .setParameter("since", now.minus(java.time.Duration.ofDays(SatisfactionSettings.MAX_QUIET_DAYS))).getResultList()
                .forEach(row -> lastSent.merge((Long) row[0], (Instant) row[1], (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, String> languages = languagesOf(due);
        int mailed = 0;
        for (SatisfactionSurvey survey : due) {
            SatisfactionSettings rules = settings.get(survey.getClient().getId());
            Customer customer = survey.getCustomer();
            boolean contactable = customer.isActive()
                    && customer.consentFor(ConsentPurpose.SURVEY).map(c -> c.isGiven()).orElse(true);
            Optional<SkipReason> refusal = SurveyRules.refusal(rules != null && rules.surveys(survey.subject()),
                    survey.getTicket() == null || survey.getTicket().isSettled(), customer.getEmail(), contactable,
                    Optional.ofNullable(lastSent.get(customer.getId())), rules == null ? 0 : rules.getQuietDays(), now);
            if (refusal.isPresent()) {
                survey.skipped(refusal.get());
                continue;
            }
            String token = SurveyToken.create();
            String language = survey.getTicket() == null ? "it" : languages.getOrDefault(survey.getTicket().getId(), "it");
            survey.sent(SurveyToken.hash(token), customer.getEmail(), language, now, rules.getValidDays());
            SatisfactionSettings.Mail mail = rules.mail(language, token, customer.getFullName(), survey.getExpiresAt(), Zones.ROME);
            mailer.queue(customer.getEmail(), mail.subject(), mail.body(), null);
            lastSent.put(customer.getId(), now);
            mailed++;
        }
        return mailed;
    }

    /** The customer's language where the suite knows it: the language of the web form that opened the ticket. */
    private Map<Long, String> languagesOf(List<SatisfactionSurvey> due) {
        List<Long> tickets = due.stream().filter(s -> s.getTicket() != null).map(s -> s.getTicket().getId()).toList();
        Map<Long, String> languages = new HashMap<>();
        if (!tickets.isEmpty()) {
            em.createQuery("select w.ticket.id, w.language from WebFormSubmission w where w.ticket.id in :t", Object[].class)
                    .setParameter("t", tickets).getResultList()
                    .forEach(row -> languages.put((Long) row[0], "en".equals(row[1]) ? "en" : "it"));
        }
        return languages;
    }

    /** The survey behind a link, as its page shows it; an unknown link is not found. */
    public PublicSurvey open(String token) {
        SatisfactionSurvey survey = byToken(token, false);
        return publicView(survey);
    }

    /** The customer's answer ({@link SatisfactionSurvey#answer}): once; the ticket's timeline gets it. */
    public PublicSurvey answer(String token, Integer satisfaction, Integer recommendation, String comment) {
        SatisfactionSurvey survey = byToken(token, true); // two answers sent at once: the second waits and finds it answered
        survey.answer(satisfaction, recommendation, comment, clock.instant());
        if (survey.getTicket() != null) {
            survey.getTicket().customerRated(satisfaction, recommendation, survey.getComment(), survey.getAnsweredAt());
        }
        em.flush();
        return publicView(survey);
    }

    private PublicSurvey publicView(SatisfactionSurvey survey) {
        return new PublicSurvey(survey.getClient().getName(), survey.view(clock.instant()), survey.getLanguage(), survey.getExpiresAt(),
                survey.getSatisfaction(), survey.getRecommendation());
    }

    private SatisfactionSurvey byToken(String token, boolean lock) {
        String hash = SurveyToken.hash(token);
        if (hash == null) {
            throw new NotFoundException("survey", "link");
        }
        var query = em.createNamedQuery(SatisfactionSurvey.BY_TOKEN, SatisfactionSurvey.class).setParameter("hash", hash);
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new NotFoundException("survey", "link"));
    }

    private Optional<SatisfactionSettings> settingsOf(Long clientId) {
        return em.createNamedQuery(SatisfactionSettings.OF_CLIENT, SatisfactionSettings.class).setParameter("client", clientId)
                .getResultStream().findFirst();
    }
}
