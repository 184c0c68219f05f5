package it.cuffia.satisfaction.domain;

/** A survey's life: planned, mailed, answered once, or not sent (with a {@link SkipReason}). */
public enum SurveyStatus {
    SCHEDULED, SENT, ANSWERED, SKIPPED
}
