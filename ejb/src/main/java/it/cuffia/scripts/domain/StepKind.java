package it.cuffia.scripts.domain;

/** What a step asks of the agent. */
public enum StepKind {
    /** Text to say, then on to the next step. */
    SAY,
    /** A question whose answers choose the next step (objection handling). */
    QUESTION,
    /** A question of the campaign's survey: its answer is stored with the call. */
    SURVEY,
    /** The end of the call, tied to an outcome. */
    END
}
