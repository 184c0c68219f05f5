package it.cuffia.demo;

import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.SurveyQuestion;
import it.cuffia.scripts.domain.Script;
import it.cuffia.scripts.domain.ScriptAnswer;
import it.cuffia.scripts.domain.ScriptStep.StepData;
import it.cuffia.scripts.domain.ScriptVersion;
import it.cuffia.scripts.domain.StepKind;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo's scripts: the teleselling campaign's (privacy notice, an offer, a price objection,
 * three ends), the survey's (its four questions) and Aurora's technical support script, all
 * published and pinned.
 */
final class DemoScripts {

    private final EntityManager em;
    private final Instant now;

    DemoScripts(EntityManager em, Instant now) {
        this.em = em;
        this.now = now;
    }

    void teleselling(Campaign campaign) {
        Script script = Script.forCampaign(campaign, "Vendita Fibra 1 Giga", "admin", now);
        ScriptVersion v = script.draft().orElseThrow();
        v.addStep(say("Presentazione", "<p>Buongiorno <strong>{customer.firstName}</strong>, sono {agent.firstName} e la chiamo per conto di {client.name}: ha un minuto?</p>", "s2", false));
        v.addStep(say("Informativa privacy", "<p>Prima di continuare: la chiamo per conto di <strong>{client.name}</strong> per la campagna «{campaign.name}». "
                + "Il suo numero ci è stato fornito da {client.name}, di cui è cliente e a cui ha dato il consenso alle offerte commerciali. "
                + "Può opporsi in qualsiasi momento, anche adesso.</p>", "s3", true));
        v.addStep(question("Offerta", "<p>Le propongo <strong>{offer.name}</strong> a {offer.price} al mese, con il primo mese gratuito. Le interessa?</p>",
                new ScriptAnswer("Sì, mi interessa", "s5"), new ScriptAnswer("Costa troppo", "s4"),
                new ScriptAnswer("Devo pensarci", "s6"), new ScriptAnswer("No, grazie", "s7")));
        v.addStep(say("Obiezione: prezzo", "<p>Capisco. Con {offer.name} non ci sono vincoli: può disdire quando vuole, senza costi. "
                + "E il primo mese non lo paga.</p>", "s3", false));
        v.addStep(end("Vendita", "<p>Perfetto! Registro l'attivazione di {offer.name}: riceverà un SMS di conferma. Grazie {customer.firstName}, buona giornata.</p>", "SALE"));
        v.addStep(end("Richiamare", "<p>Nessun problema: quando posso richiamarla? Fissiamo un giorno e un'ora.</p>", "CALLBACK"));
        v.addStep(end("Non interessato", "<p>La ringrazio per il suo tempo, {customer.firstName}. Buona giornata.</p>", "NOT_INTERESTED"));
        publish(script, Set.of());
    }

    void survey(Campaign campaign, List<SurveyQuestion> questions) {
        Script script = Script.forCampaign(campaign, "Sondaggio soddisfazione", "admin", now);
        ScriptVersion v = script.draft().orElseThrow();
        v.addStep(say("Informativa", "<p>Buongiorno {customer.firstName}, sono {agent.firstName} e la chiamo per conto di <strong>{client.name}</strong>: "
                + "stiamo facendo un breve sondaggio sulla soddisfazione dei clienti (due minuti). Le risposte servono solo a migliorare il servizio; "
                + "il suo numero viene dall'archivio clienti di {client.name}.</p>", "s2", true));
        v.addStep(question("Disponibilità", "<p>Ha due minuti per rispondere?</p>", new ScriptAnswer("Sì", "s3"),
                new ScriptAnswer("Non ora", "s8"), new ScriptAnswer("No", "s9")));
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            ids.add(q.getId());
            String next = i + 1 < questions.size() ? "s" + (4 + i) : "s7";
            v.addStep(new StepData(StepKind.SURVEY, "Domanda " + (i + 1), "<p>" + q.getText() + "</p>", false, next, null, q.getId(), List.of()));
        }
        v.addStep(end("Fine sondaggio", "<p>Grazie {customer.firstName}, le sue risposte sono preziose. Buona giornata.</p>", "SURVEY_COMPLETED"));
        v.addStep(end("Richiamare", "<p>Quando posso richiamarla?</p>", "CALLBACK"));
        v.addStep(end("Rifiuto", "<p>Nessun problema, grazie comunque. Buona giornata.</p>", "NOT_INTERESTED"));
        publish(script, ids);
    }

    void technicalSupport(Client client) {
        Script script = Script.forCategory(client, TicketCategory.TECHNICAL_SUPPORT, "Assistenza tecnica linea", "admin", now);
        ScriptVersion v = script.draft().orElseThrow();
        v.addStep(say("Accoglienza", "<p>{client.name}, assistenza tecnica, sono {agent.firstName}: come posso aiutarla?</p>", "s2", false));
        v.addStep(question("Problema", "<p>Il problema riguarda…</p>", new ScriptAnswer("Linea assente", "s3"),
                new ScriptAnswer("Linea lenta", "s3"), new ScriptAnswer("Fattura", "s6")));
        v.addStep(question("Verifica", "<p>Chieda di spegnere e riaccendere il modem e attendere due minuti. Ora funziona?</p>",
                new ScriptAnswer("Sì", "s4"), new ScriptAnswer("No", "s5")));
        v.addStep(end("Risolto", "<p>Bene! Il problema è risolto. Grazie per aver chiamato, buona giornata.</p>", "RESOLVED"));
        v.addStep(end("Apri un ticket", "<p>Apro una segnalazione al secondo livello: la richiameremo entro le scadenze del servizio.</p>", "TICKET_OPENED"));
        v.addStep(end("Trasferisci all'amministrazione", "<p>La trasferisco all'ufficio amministrativo.</p>", "TRANSFERRED"));
        publish(script, Set.of());
    }

    /** Stored as a draft first: the script's pin points at a version row that must exist. */
    private void publish(Script script, Set<Long> surveyQuestions) {
        em.persist(script);
        em.flush();
        script.publish(surveyQuestions, "admin", now);
    }

    private static StepData say(String title, String body, String next, boolean mandatory) {
        return new StepData(StepKind.SAY, title, body, mandatory, next, null, null, List.of());
    }

    private static StepData question(String title, String body, ScriptAnswer... answers) {
        return new StepData(StepKind.QUESTION, title, body, false, null, null, null, List.of(answers));
    }

    private static StepData end(String title, String body, String outcome) {
        return new StepData(StepKind.END, title, body, false, null, outcome, null, List.of());
    }
}
