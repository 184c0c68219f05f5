package it.cuffia.quality.domain;

/** How an item of an evaluation form is answered: met or not, or points on a scale from 0 to its maximum. */
public enum ItemKind {
    YES_NO, SCALE
}
