package it.cuffia.pay.domain;

/** A statement is recomputed while DRAFT; APPROVED locks it. */
public enum StatementStatus {
    DRAFT, APPROVED
}
