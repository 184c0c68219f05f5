package it.cuffia.quality.application;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.quality.domain.Evaluation;
import it.cuffia.ticketing.domain.TicketCategory;
import java.io.Serializable;
import java.util.List;

/**
 * What an evaluator reads beside the form: the interaction (data, notes, outcome), the script path the agent
 * followed (step titles and answers, in order; empty without a recorded run), the category of the ticket opened in
 * it, and the evaluation when there is one.
 */
public record EvaluationContext(Interaction interaction, String scriptName, Integer scriptVersion, List<PathLine> path,
                                TicketCategory ticketCategory, Evaluation evaluation) implements Serializable {

    public record PathLine(String step, String answer) implements Serializable {
    }

    public boolean isEvaluated() {
        return evaluation != null;
    }

    public boolean hasScript() {
        return scriptName != null;
    }

    // JavaBean getters: Jakarta EL reads properties, not record components
    public Interaction getInteraction() { return interaction; }
    public String getScriptName() { return scriptName; }
    public Integer getScriptVersion() { return scriptVersion; }
    public List<PathLine> getPath() { return path; }
    public TicketCategory getTicketCategory() { return ticketCategory; }
    public Evaluation getEvaluation() { return evaluation; }
}
