package it.cuffia.satisfaction.domain;

/** Why a survey due was not sent (kept on the survey, shown to admins). */
public enum SkipReason {
    /** The client switched surveys off (for this kind of contact) after it was planned. */
    OFF,
    /** The customer has no e-mail address. */
    NO_ADDRESS,
    /** The customer withdrew consent to surveys, or is no longer active: an explicit "do not contact me". */
    NO_CONTACT,
    /** The customer already got a survey of this client within its quiet period. */
    RECENT,
    /** The ticket was reopened before the survey was due: the matter is not settled. */
    REOPENED
}
