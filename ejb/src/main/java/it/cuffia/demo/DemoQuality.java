package it.cuffia.demo;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.Client;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.quality.domain.FormVersion;
import it.cuffia.quality.domain.ItemKind;
import it.cuffia.quality.domain.QualityForm;
import it.cuffia.quality.domain.QualityItem;
import it.cuffia.shared.infrastructure.SqlValues;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Quality monitoring for the demo (issue 16 §1): an evaluation form per client, and a few evaluations of the past
 * month's calls per agent by their team's supervisor, some acknowledged, one disputed and waiting, one dispute accepted
 * (with its score history) and one rejected, so a new user sees every state.
 */
final class DemoQuality {

    private final EntityManager em;
    private final Random random;

    DemoQuality(EntityManager em, Random random) {
        this.em = em;
        this.random = random;
    }

    /** The form of each client, as an admin would have written it. */
    void forms(Client aurora, Client verde, Instant at) {
        QualityForm auroraForm = new QualityForm(aurora, null, null, "Qualità chiamate Aurora", "admin", at);
        FormVersion a = auroraForm.latest();
        a.addItem(item("Apertura", "Saluto, nome e azienda", ItemKind.YES_NO, 2, false, false));
        a.addItem(item("Apertura", "Identificazione del cliente", ItemKind.YES_NO, 2, false, true));
        a.addItem(item("Privacy", "Informativa privacy letta", ItemKind.YES_NO, 5, true, false));
        a.addItem(item("Gestione", "Ascolto e comprensione della richiesta", ItemKind.SCALE, 3, false, false));
        a.addItem(item("Gestione", "Soluzione corretta o escalation motivata", ItemKind.YES_NO, 4, false, true));
        a.addItem(item("Chiusura", "Riepilogo e saluto", ItemKind.YES_NO, 1, false, false));
        a.addItem(item("Chiusura", "Cortesia e tono", ItemKind.SCALE, 2, false, false));
        em.persist(auroraForm);
        QualityForm verdeForm = new QualityForm(verde, null, null, "Qualità chiamate Energia Verde", "admin", at);
        FormVersion v = verdeForm.latest();
        v.addItem(item("Apertura", "Saluto e presentazione", ItemKind.YES_NO, 2, false, false));
        v.addItem(item("Privacy", "Consenso al trattamento dei dati chiesto e registrato", ItemKind.YES_NO, 5, true, false));
        v.addItem(item("Questionario", "Domande lette senza suggerire le risposte", ItemKind.SCALE, 4, false, true));
        v.addItem(item("Questionario", "Esito registrato correttamente", ItemKind.YES_NO, 3, false, false));
        v.addItem(item("Chiusura", "Ringraziamento e saluto", ItemKind.YES_NO, 1, false, false));
        em.persist(verdeForm);
    }

    private static QualityItem.ItemData item(String section, String text, ItemKind kind, int weight, boolean critical, boolean na) {
        return new QualityItem.ItemData(section, text, kind, weight, kind == ItemKind.SCALE ? 5 : null, critical, na);
    }

    /** Three answered calls per agent between {@code from} and {@code to}, evaluated a day later by the team's supervisor. */
    void evaluations(Instant from, Instant to) {
        Map<Long, QualityForm> formOf = new HashMap<>();
        for (QualityForm form : em.createQuery("select f from QualityForm f", QualityForm.class).getResultList()) {
            formOf.put(form.getClient().getId(), form);
        }
        Map<Long, List<Long>> callsOf = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> calls = em.createNativeQuery("select i.agent_id, i.id from interaction i where i.agent_id is not null"
                        + " and i.answered_at is not null and i.ended_at is not null and i.ringing_at >= ?1 and i.ringing_at < ?2 order by i.agent_id, i.id")
                .setParameter(1, SqlValues.timestamp(from)).setParameter(2, SqlValues.timestamp(to)).getResultList();
        for (Object[] row : calls) {
            callsOf.computeIfAbsent(SqlValues.asLong(row[0]), a -> new ArrayList<>()).add(SqlValues.asLong(row[1]));
        }
        int n = 0;
        for (List<Long> ids : callsOf.values()) {
            for (int k = 0; k < 3 && !ids.isEmpty(); k++) {
                Interaction call = em.find(Interaction.class, ids.remove(random.nextInt(ids.size())));
                QualityForm form = formOf.get(call.getClient().getId());
                String supervisor = em.createQuery("select a.team.supervisor.username from Agent a where a.user = :u", String.class)
                        .setParameter("u", call.getAgent()).getResultStream().findFirst().orElse("admin");
                Instant at = call.getRingingAt().plus(Duration.ofHours(20 + random.nextInt(8)));
                boolean critical = n % 9 == 4; // now and then the privacy notice was not read
                Evaluation evaluation = new Evaluation(call, form.latest(), values(form.latest(), critical), comment(critical), supervisor, at);
                em.persist(evaluation);
                Instant later = at.plus(Duration.ofHours(3));
                switch (n % 6) {
                    case 0, 2 -> evaluation.acknowledge(later);
                    case 3 -> {
                        evaluation.dispute("Ho seguito lo script passo per passo: chiedo di riascoltare la chiamata.", later);
                        int dispute = n / 6; // accepted, rejected, left open, in turn
                        boolean canRise = evaluation.getScore().compareTo(BigDecimal.valueOf(100)) < 0;
                        if (dispute % 3 == 0 && canRise) {
                            evaluation.accept(evaluation.getScore().add(BigDecimal.TEN).min(BigDecimal.valueOf(100)),
                                    "Riascoltata: la voce era soddisfatta, il punteggio è corretto.", supervisor, later.plus(Duration.ofHours(2)));
                        } else if (dispute % 3 != 2) {
                            evaluation.reject("Riascoltata: la voce non era soddisfatta.", supervisor, later.plus(Duration.ofHours(2)));
                        }
                    }
                    default -> { } // still to read
                }
                n++;
            }
        }
    }

    private Map<Integer, Integer> values(FormVersion version, boolean criticalFailed) {
        Map<Integer, Integer> values = new HashMap<>();
        for (QualityItem item : version.getItems()) {
            int value;
            if (item.isCritical()) {
                value = criticalFailed ? 0 : 1;
            } else if (item.getKind() == ItemKind.SCALE) {
                value = 2 + random.nextInt(4);
            } else {
                value = random.nextInt(6) == 0 ? 0 : 1;
            }
            values.put(item.getPosition(), item.isAllowsNa() && random.nextInt(8) == 0 ? null : value);
        }
        return values;
    }

    private static String comment(boolean critical) {
        return critical ? "Informativa privacy non letta: la valutazione è azzerata." : null;
    }
}
