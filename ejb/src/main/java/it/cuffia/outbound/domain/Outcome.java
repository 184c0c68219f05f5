package it.cuffia.outbound.domain;

/**
 * How an outbound call ended (esito). Retryable outcomes put the lead back in the queue after the
 * campaign's delay; final ones close it. A contact is a call answered by the right person.
 */
public enum Outcome {
    NO_ANSWER(Kind.RETRYABLE, false, false),
    BUSY(Kind.RETRYABLE, false, false),
    ANSWERING_MACHINE(Kind.RETRYABLE, false, false),
    WRONG_NUMBER(Kind.FINAL, false, false),
    CALLBACK(Kind.CALLBACK, true, false),
    NOT_INTERESTED(Kind.FINAL, true, false),
    DO_NOT_CALL(Kind.FINAL, true, false),
    SALE(Kind.FINAL, true, true),
    APPOINTMENT_BOOKED(Kind.FINAL, true, true),
    SURVEY_COMPLETED(Kind.FINAL, true, true),
    INFO_SENT(Kind.FINAL, true, false);

    public enum Kind { RETRYABLE, CALLBACK, FINAL }

    /** Default wait before a retryable outcome is dialled again, when the campaign sets none. */
    public static final int DEFAULT_RETRY_MINUTES = 120;

    private final Kind kind;
    private final boolean contact;
    private final boolean positive;

    Outcome(Kind kind, boolean contact, boolean positive) {
        this.kind = kind;
        this.contact = contact;
        this.positive = positive;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRetryable() {
        return kind == Kind.RETRYABLE;
    }

    public boolean isFinal() {
        return kind == Kind.FINAL;
    }

    /** Answered by the right person (the denominator of the conversion rate). */
    public boolean isContact() {
        return contact;
    }

    /** Counts as a conversion: sale, appointment, completed survey. */
    public boolean isPositive() {
        return positive;
    }

    /** Whether a campaign of this type may end a call with this outcome. */
    public boolean fits(CampaignType type) {
        return switch (this) {
            case SALE -> type == CampaignType.TELESELLING || type == CampaignType.TELEMARKETING;
            case APPOINTMENT_BOOKED -> type == CampaignType.APPOINTMENT_SETTING;
            case SURVEY_COMPLETED -> type == CampaignType.SURVEY;
            default -> true;
        };
    }
}
