package it.cuffia.crm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.shared.domain.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private final Customer customer = new Customer(new Client("AURORA", "Telefonia Aurora S.p.A."), "Maria", "Rossi");

    @Test
    void consentIsNeverPresumed() {
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            assertFalse(customer.hasConsent(purpose));
        }
    }

    @Test
    void theLatestStatementPerPurposeIsInForce() {
        customer.giveConsent(ConsentPurpose.MARKETING, MONDAY, "contratto firmato");
        customer.giveConsent(ConsentPurpose.SURVEY, MONDAY, "modulo web");
        customer.withdrawConsent(ConsentPurpose.MARKETING, MONDAY.plusSeconds(3600), "telefonata");

        assertFalse(customer.hasConsent(ConsentPurpose.MARKETING));
        assertTrue(customer.hasConsent(ConsentPurpose.SURVEY));
        assertEquals("telefonata", customer.consentFor(ConsentPurpose.MARKETING).orElseThrow().getSource());
        assertEquals(3, customer.getConsents().size(), "statements are kept, never overwritten");
    }

    @Test
    void aStatementOlderThanTheOneInForceIsRefused() {
        customer.withdrawConsent(ConsentPurpose.MARKETING, MONDAY, "telefonata");

        DomainException refused = assertThrows(DomainException.class,
                () -> customer.giveConsent(ConsentPurpose.MARKETING, MONDAY.minusSeconds(60), "vecchio modulo"));

        assertEquals("consent.outOfOrder", refused.getMessageKey());
        assertFalse(customer.hasConsent(ConsentPurpose.MARKETING));
    }

    @Test
    void aConsentNeedsASource() {
        assertEquals("consent.source.required", assertThrows(DomainException.class,
                () -> customer.giveConsent(ConsentPurpose.MARKETING, MONDAY, " ")).getMessageKey());
    }

    @Test
    void oneNumberOncePerCustomerHoweverItIsTyped() {
        customer.addPhone(PhoneNumber.parse("347 123 4567"));

        DomainException refused = assertThrows(DomainException.class, () -> customer.addPhone(PhoneNumber.parse("+393471234567")));

        assertEquals("customer.phone.duplicate", refused.getMessageKey());
        assertEquals(1, customer.getPhones().size());
    }

    @Test
    void theHistoryHasOneRowPerChangedField() {
        customer.setEmail("maria.rossi@libero.it");
        CustomerSnapshot before = CustomerSnapshot.of(customer);

        customer.setEmail("Maria.Rossi@Gmail.com");
        customer.getAddress().setCity("Milano");
        customer.addPhone(PhoneNumber.parse("02 1234 5678"));
        customer.giveConsent(ConsentPurpose.MARKETING, MONDAY, "telefonata");
        List<CustomerSnapshot.FieldChange> changes = before.changesTo(CustomerSnapshot.of(customer));

        assertEquals(List.of(
                new CustomerSnapshot.FieldChange("email", "maria.rossi@libero.it", "maria.rossi@gmail.com"),
                new CustomerSnapshot.FieldChange("address.city", null, "Milano"),
                new CustomerSnapshot.FieldChange("phones", null, "+390212345678"),
                new CustomerSnapshot.FieldChange("consent.MARKETING", null, "given (telefonata)")), changes);
    }

    @Test
    void anUnchangedCustomerHasNoHistoryRows() {
        assertTrue(CustomerSnapshot.of(customer).changesTo(CustomerSnapshot.of(customer)).isEmpty());
    }

    @Test
    void namesAndConsentSourcesAreOneVisibleLineThatFitsItsColumn() {
        Client client = new Client("AURORA", "Telefonia Aurora S.p.A.");

        assertEquals("text.invisibleCharacters",
                assertThrows(DomainException.class, () -> new Customer(client, "Maria\0", "Rossi")).getMessageKey());
        assertEquals("text.tooLong", assertThrows(DomainException.class, () -> new Customer(client, "Maria", "R".repeat(81))).getMessageKey());
        assertEquals("text.tooLong", assertThrows(DomainException.class, () -> customer.setFirstName("M".repeat(81))).getMessageKey());
        assertEquals("text.tooLong", assertThrows(DomainException.class,
                () -> customer.giveConsent(ConsentPurpose.MARKETING, MONDAY, "s".repeat(81))).getMessageKey());
        assertTrue(customer.getConsents().isEmpty(), "the refused statement is not recorded");
    }
}
