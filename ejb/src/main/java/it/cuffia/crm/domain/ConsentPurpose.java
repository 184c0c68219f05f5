package it.cuffia.crm.domain;

/** What a customer consents to (GDPR art. 6/7): each purpose is given or withdrawn on its own. */
public enum ConsentPurpose {
    /** Commercial calls and offers by the client. */
    MARKETING,
    /** Market research and opinion surveys. */
    SURVEY,
    /** Profiling for tailored offers. */
    PROFILING,
    /** Passing data to third parties. */
    THIRD_PARTY
}
