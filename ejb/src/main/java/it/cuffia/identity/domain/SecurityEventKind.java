package it.cuffia.identity.domain;

/** What the security audit log records. */
public enum SecurityEventKind {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** The failure after which the name is locked for a while (the refused attempts during the lock are not logged). */
    LOGIN_LOCKED,
    USER_CREATED,
    ROLES_CHANGED,
    USER_ACTIVATED,
    USER_DEACTIVATED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    CTI_KEY_ISSUED,
    /** A sale cancelled after the fact: it may take a commission back from an approved month. */
    SALE_CANCELLED,
    STATEMENT_APPROVED
}
