package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.ConsentPurpose;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a lead list can carry. Clients send spreadsheets with headers in Italian or English
 * and in many spellings, so each field lists the names it is recognised by.
 */
public enum LeadField {

    FIRST_NAME(false, "nome", "first name", "firstname", "first_name"),
    LAST_NAME(true, "cognome", "last name", "surname", "lastname", "last_name", "ragione sociale"),
    PHONE(true, "telefono", "tel", "cellulare", "phone", "mobile", "numero", "phone number"),
    EMAIL(false, "email", "e-mail", "mail"),
    STREET(false, "indirizzo", "via", "address", "street"),
    CITY(false, "città", "citta", "comune", "city", "località", "localita"),
    POSTCODE(false, "cap", "postcode", "zip", "postal code"),
    /** Two-letter Italian sigla, e.g. MI. */
    PROVINCE(false, "provincia", "prov", "province"),
    /** IANA id; Europe/Rome when absent. */
    TIME_ZONE(false, "fuso orario", "time zone", "timezone"),
    /** 0–9; 5 when absent. */
    PRIORITY(false, "priorità", "priorita", "priority"),
    CONSENT_MARKETING(false, "consenso marketing", "consenso_marketing", "marketing consent"),
    CONSENT_SURVEY(false, "consenso sondaggi", "consenso_sondaggi", "survey consent"),
    /** When the consents of the row were stated (a day, or a day and time, Europe/Rome); the import's time when absent. */
    CONSENT_DATE(false, "data consenso", "data_consenso", "consent date", "consent_date"),
    /** Where the consents were collected; "CSV" and the file name when absent. */
    CONSENT_SOURCE(false, "fonte consenso", "fonte_consenso", "origine consenso", "consent source", "consent_source"),
    /** The client's own id of the contact, to match results back to their systems. */
    EXTERNAL_REF(false, "codice cliente", "id cliente", "riferimento", "external id", "reference"),
    /** Free text for the agent, kept exactly as written (line breaks, quotes, spaces). */
    NOTES(false, "note", "notes", "annotazioni", "commenti", "comments");

    private final boolean required;
    private final List<String> headerAliases;

    LeadField(boolean required, String... headerAliases) {
        this.required = required;
        this.headerAliases = List.of(headerAliases);
    }

    /** The field a lead file states a consent purpose in; none for purposes a lead file cannot carry. */
    public static Optional<LeadField> consentFor(ConsentPurpose purpose) {
        return switch (purpose) {
            case MARKETING -> Optional.of(CONSENT_MARKETING);
            case SURVEY -> Optional.of(CONSENT_SURVEY);
            case PROFILING, THIRD_PARTY -> Optional.empty();
        };
    }

    /**
     * A campaign that requires a consent warns at mapping when no column of the file is mapped to the field of that
     * consent: its leads will carry none, unless their customers already gave it.
     */
    public static boolean consentUnmapped(ConsentPurpose required, java.util.Set<LeadField> mapped) {
        return required != null && consentFor(required).map(field -> !mapped.contains(field)).orElse(true);
    }

    public boolean required() {
        return required;
    }

    /** Lowercase header names this field is recognised by. */
    public List<String> headerAliases() {
        return headerAliases;
    }

    /**
     * The field a header names, ignoring case, surrounding spaces, the '_' / '-' / ' ' choice and
     * dots of abbreviations ("C.A.P.", "Prov.").
     */
    public static Optional<LeadField> forHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String wanted = normalize(header);
        return Arrays.stream(values())
                .filter(field -> field.headerAliases.stream().anyMatch(alias -> normalize(alias).equals(wanted)))
                .findFirst();
    }

    static String normalize(String header) {
        return header.replace("\uFEFF", "").replace(".", "").toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }
}
