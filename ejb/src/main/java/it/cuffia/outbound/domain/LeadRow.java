package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.PhoneNumber;
import java.time.ZoneId;
import java.util.List;

/**
 * A valid lead as read from a file. Optional text that was blank is null; time zone and priority
 * hold their defaults when the file did not say. Notes and attributes are exactly as written.
 */
public record LeadRow(long lineNumber, String firstName, String lastName, PhoneNumber phone, String email,
                      String street, String city, String postcode, String province, ZoneId timeZone,
                      int priority, LeadConsents consents, String externalRef, String notes,
                      List<LeadAttribute> attributes)
        implements LeadRowResult {

    public LeadRow {
        attributes = List.copyOf(attributes);
    }
}
