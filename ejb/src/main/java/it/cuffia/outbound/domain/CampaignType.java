package it.cuffia.outbound.domain;

/** What an outbound campaign is for; the type decides which extras it has (offers, questionnaire). */
public enum CampaignType {
    TELEMARKETING, TELESELLING, APPOINTMENT_SETTING, SURVEY;

    public boolean hasOffers() {
        return this == TELEMARKETING || this == TELESELLING;
    }

    public boolean hasQuestionnaire() {
        return this == SURVEY;
    }

    /** Selling, promoting and booking sales visits are always commercial; a survey is only when it says so. */
    public boolean isAlwaysCommercial() {
        return this != SURVEY;
    }

    /** The consent a new campaign of this type asks for, until the admin chooses another. */
    public it.cuffia.crm.domain.ConsentPurpose defaultConsent() {
        return this == SURVEY ? it.cuffia.crm.domain.ConsentPurpose.SURVEY : it.cuffia.crm.domain.ConsentPurpose.MARKETING;
    }
}
