package it.cuffia.channels.domain;

/**
 * What became of a web form submission that passed the input checks. Every refusal is told to the sender in
 * the same neutral words (a bot learns nothing from the answer); the reason stays in the database.
 */
public enum WebFormOutcome {
    ACCEPTED,
    /** The field hidden from people was filled in. */
    HONEYPOT,
    /** The form's stamp is missing or not signed by this form. */
    BAD_STAMP,
    /** Sent sooner after the form was served than a person can fill it in. */
    TOO_FAST,
    /** Served too long ago: a form kept by a bot to be sent later. */
    EXPIRED,
    /** This served form was sent already. */
    REPLAYED,
    /** Too many submissions from this e-mail address in the last hour. */
    RATE_EMAIL,
    /** Too many submissions from this network address in the last hour. */
    RATE_ADDRESS;

    public boolean isAccepted() {
        return this == ACCEPTED;
    }
}
