package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.PhoneNumber;
import java.time.ZoneId;

/**
 * A valid lead as read from a file. Optional text that was blank is null; time zone and priority
 * hold their defaults when the file did not say.
 */
public record LeadRow(long lineNumber, String firstName, String lastName, PhoneNumber phone, String email,
                      String street, String city, String postcode, String province, ZoneId timeZone,
                      int priority, boolean consentMarketing, boolean consentSurvey, String externalRef)
        implements LeadRowResult {
}
