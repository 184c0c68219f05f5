package it.cuffia.satisfaction.domain;

/** What a survey asks about: a resolved ticket or a completed call. */
public enum SurveySubject {
    TICKET, CALL
}
