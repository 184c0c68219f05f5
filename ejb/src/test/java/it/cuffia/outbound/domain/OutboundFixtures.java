package it.cuffia.outbound.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.crm.domain.Customer;
import it.cuffia.crm.domain.PhoneNumber;
import it.cuffia.shared.domain.Zones;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Plain objects for outbound domain tests: a client, a campaign open Monday–Saturday 09–20, a consenting customer. */
final class OutboundFixtures {

    static final Client CLIENT = new Client("AURORA", "Telefonia Aurora");
    static final String PHONE = "+393471234567";

    private OutboundFixtures() {
    }

    static Campaign campaign(CampaignType type) {
        Campaign campaign = new Campaign(CLIENT, "Test", type, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<CallingWindow> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.add(new CallingWindow(day, LocalTime.of(9, 0), LocalTime.of(20, 0)));
        }
        campaign.replaceWindows(windows);
        campaign.setMaxAttempts(3);
        return campaign;
    }

    static Customer consenting(ConsentPurpose... purposes) {
        Customer customer = new Customer(CLIENT, "Mario", "Rossi");
        customer.addPhone(PhoneNumber.parse(PHONE));
        for (ConsentPurpose purpose : purposes) {
            customer.giveConsent(purpose, rome(2025, 1, 1, 10, 0), "contratto");
        }
        return customer;
    }

    static Lead lead(Campaign campaign, Customer customer, Instant importedAt) {
        return new Lead(campaign, customer, PHONE, Zones.ROME, 5, importedAt);
    }

    static Instant rome(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, Zones.ROME).toInstant();
    }
}
