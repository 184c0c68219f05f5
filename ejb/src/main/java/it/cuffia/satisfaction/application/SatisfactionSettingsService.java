package it.cuffia.satisfaction.application;

import it.cuffia.crm.domain.Client;
import it.cuffia.identity.application.CallerContext;
import it.cuffia.identity.domain.Role;
import it.cuffia.satisfaction.domain.SatisfactionSettings;
import it.cuffia.shared.domain.ConcurrentChangeException;
import it.cuffia.shared.domain.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Admins set each client's satisfaction surveys and read how they went over the last 30 days. */
@Stateless
public class SatisfactionSettingsService {

    public static final int RECENT_DAYS = 30;

    @PersistenceContext(unitName = "cuffia")
    private EntityManager em;

    @Inject
    private CallerContext callers;

    @Inject
    private Clock clock;

    /**
     * A client's row: its settings (the defaults when it has none yet; {@code version} null then) and the last 30 days:
     * surveys mailed, answered, CSAT (1-5) and NPS of the answers.
     */
    public record ClientSurveys(Long clientId, String clientName, boolean clientActive, Long version, SatisfactionSettings.Data data,
                                long sent, long answered, BigDecimal csat, BigDecimal nps) implements Serializable {
    }

    /** Every client, by name. {@code linkBase} is the suite's address as the admin reaches it (a new client's default). */
    public List<ClientSurveys> clients(String linkBase) {
        callers.caller().require(Role.ADMIN);
        Map<Long, SatisfactionSettings> settings = new HashMap<>();
        em.createQuery("select s from SatisfactionSettings s", SatisfactionSettings.class).getResultList()
                .forEach(s -> settings.put(s.getClient().getId(), s));
        Instant since = clock.instant().minus(Duration.ofDays(RECENT_DAYS));
        Map<Long, Object[]> figures = new HashMap<>();
        em.createQuery("select s.client.id, count(s.sentAt), count(s.answeredAt), sum(s.satisfaction),"
                        + " sum(case when s.recommendation >= 9 then 1 else 0 end), sum(case when s.recommendation <= 6 then 1 else 0 end)"
                        + " from SatisfactionSurvey s where s.sentAt >= :since group by s.client.id", Object[].class)
                .setParameter("since", since).getResultList().forEach(row -> figures.put((Long) row[0], row));
        return em.createQuery("select c from Client c order by c.name", Client.class).getResultList().stream().map(c -> {
            SatisfactionSettings s = settings.get(c.getId());
            Object[] f = figures.get(c.getId());
            long sent = f == null ? 0 : ((Number) f[1]).longValue();
            long answered = f == null ? 0 : ((Number) f[2]).longValue();
            BigDecimal csat = answered == 0 ? null : BigDecimal.valueOf(((Number) f[3]).longValue())
                    .divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_EVEN);
            BigDecimal nps = answered == 0 ? null : BigDecimal.valueOf((((Number) f[4]).longValue() - ((Number) f[5]).longValue()) * 100)
                    .divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_EVEN);
            return new ClientSurveys(c.getId(), c.getName(), c.isActive(), s == null ? null : s.getVersion(),
                    s == null ? SatisfactionSettings.defaults(linkBase) : s.data(), sent, answered, csat, nps);
        }).toList();
    }

    /** Saves a client's settings; {@code version} is the one read (null for a client that had none). */
    public void save(Long clientId, Long version, SatisfactionSettings.Data data) {
        callers.caller().require(Role.ADMIN);
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new NotFoundException("client", clientId);
        }
        SatisfactionSettings settings = em.createNamedQuery(SatisfactionSettings.OF_CLIENT, SatisfactionSettings.class)
                .setParameter("client", clientId).getResultStream().findFirst().orElse(null);
        if (settings == null) {
            if (version != null) {
                throw new ConcurrentChangeException();
            }
            em.persist(new SatisfactionSettings(client, data));
        } else {
            if (version == null || settings.getVersion() != version) {
                throw new ConcurrentChangeException();
            }
            settings.change(data);
        }
        em.flush();
    }
}
