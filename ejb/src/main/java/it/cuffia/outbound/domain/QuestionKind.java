package it.cuffia.outbound.domain;

/** How a survey question is answered. */
public enum QuestionKind {
    SINGLE, MULTIPLE, SCALE, TEXT
}
