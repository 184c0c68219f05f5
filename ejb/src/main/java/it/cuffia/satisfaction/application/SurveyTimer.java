package it.cuffia.satisfaction.application;

import it.cuffia.shared.application.TimerLeases;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Mails the satisfaction surveys that are due, every 20 seconds (the outbox then sends them in its own round). Not
 * persistent (Payara cannot redeploy an application with stored schedules, payara/Payara#4650): every server of a
 * group runs it, the one holding its lease ({@link TimerLeases}) mails, and should two rounds ever overlap a survey's
 * optimistic lock lets only one of them mail it.
 */
@Singleton
public class SurveyTimer {

    private static final Logger LOG = Logger.getLogger(SurveyTimer.class.getName());

    /** Its lease: three rounds. */
    static final String LEASE = "surveys";
    static final Duration TERM = Duration.ofSeconds(60);

    @Inject
    private TimerLeases leases;

    @Inject
    private SatisfactionSurveys surveys;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Schedule(second = "10/20", minute = "*", hour = "*", persistent = false, info = "mail the satisfaction surveys due")
    void round() {
        if (!leases.take(LEASE, TERM)) {
            return;
        }
        try {
            surveys.sendDue(clock.instant());
        } catch (jakarta.ejb.EJBException | jakarta.persistence.PersistenceException concurrent) {
            // another server mailed this round's surveys first: its commit stands, ours rolled back; the next round goes on
            LOG.warning(() -> "satisfaction surveys not mailed this round, the next one tries again: "
                    + it.cuffia.appointments.application.MailSender.reason(concurrent));
        }
    }
}
