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
    /** Issue 15 §3: a supervisor put an agent into a pause from the wallboard (the detail is the reason). */
    AGENT_FORCED_PAUSE,
    /** A supervisor logged an agent out of the queues from the wallboard (the detail is the reason). */
    AGENT_FORCED_LOGOUT,
    /** A supervisor's message to an agent (the detail), or to a team (its name, then the message). */
    AGENT_MESSAGE_SENT,
    TEAM_MESSAGE_SENT,
    STATEMENT_APPROVED
}
