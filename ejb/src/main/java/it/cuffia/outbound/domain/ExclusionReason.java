package it.cuffia.outbound.domain;

/** Why the queue set a lead aside for good. */
public enum ExclusionReason {
    DO_NOT_CALL, RPO_REGISTERED, NO_CONSENT, MAX_ATTEMPTS, PHONE_INVALID, CUSTOMER_INACTIVE
}
