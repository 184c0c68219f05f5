package it.cuffia.quality.domain;

/**
 * Where an evaluation stands with its agent: NEW (not read yet) → ACKNOWLEDGED, or → DISPUTED → ACCEPTED (a new
 * score) or REJECTED. One dispute per evaluation; ACKNOWLEDGED, ACCEPTED and REJECTED are final.
 */
public enum EvaluationStatus {
    NEW, ACKNOWLEDGED, DISPUTED, ACCEPTED, REJECTED;

    public boolean isFinal() {
        return this == ACKNOWLEDGED || this == ACCEPTED || this == REJECTED;
    }
}
