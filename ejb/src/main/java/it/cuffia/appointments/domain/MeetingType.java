package it.cuffia.appointments.domain;

/** How the sales person meets the customer; in-person meetings need a sales person covering the customer's province. */
public enum MeetingType {
    IN_PERSON, PHONE, VIDEO
}
