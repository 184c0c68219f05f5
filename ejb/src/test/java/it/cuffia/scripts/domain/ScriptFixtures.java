package it.cuffia.scripts.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.outbound.domain.Campaign;
import it.cuffia.outbound.domain.CampaignType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A teleselling script with a privacy notice, an objection loop and two ends. */
final class ScriptFixtures {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private ScriptFixtures() {
    }

    static Script telesellingScript() {
        Campaign campaign = new Campaign(new Client("AURORA", "Telefonia Aurora"), "Fibra 2026", CampaignType.TELESELLING,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        return Script.forCampaign(campaign, "Vendita fibra", "admin", NOW);
    }

    static ScriptStep.StepData say(String title, String body, String next) {
        return new ScriptStep.StepData(StepKind.SAY, title, body, false, next, null, null, List.of());
    }

    static ScriptStep.StepData mandatory(String title, String body, String next) {
        return new ScriptStep.StepData(StepKind.SAY, title, body, true, next, null, null, List.of());
    }

    static ScriptStep.StepData question(String title, ScriptAnswer... answers) {
        return new ScriptStep.StepData(StepKind.QUESTION, title, null, false, null, null, null, List.of(answers));
    }

    static ScriptStep.StepData end(String title, String outcome) {
        return new ScriptStep.StepData(StepKind.END, title, "<p>Grazie e buona giornata.</p>", false, null, outcome, null, List.of());
    }

    /**
     * s1 Presentazione → s2 Privacy (mandatory) → s3 Offerta? (Sì → s5 Vendita, Costa troppo → s4
     * Obiezione prezzo → back to s3, No → s6 Non interessato).
     */
    static ScriptVersion publishable(Script script) {
        ScriptVersion draft = script.draft().orElseThrow();
        draft.addStep(say("Presentazione", "<p>Buongiorno {customer.firstName}, sono {agent.firstName} di {client.name}.</p>", "s2"));
        draft.addStep(mandatory("Informativa privacy", "<p>La chiamo per conto di {client.name}; il suo numero viene da {campaign.name}.</p>", "s3"));
        draft.addStep(question("Offerta", new ScriptAnswer("Sì, mi interessa", "s5"), new ScriptAnswer("Costa troppo", "s4"),
                new ScriptAnswer("No, grazie", "s6")));
        draft.addStep(say("Obiezione prezzo", "<p>Capisco: {offer.name} costa {offer.price} al mese, senza vincoli.</p>", "s3"));
        draft.addStep(end("Vendita", "SALE"));
        draft.addStep(end("Non interessato", "NOT_INTERESTED"));
        return draft;
    }
}
