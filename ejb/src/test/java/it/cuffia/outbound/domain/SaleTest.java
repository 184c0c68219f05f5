package it.cuffia.outbound.domain;

import static it.cuffia.outbound.domain.OutboundFixtures.CLIENT;
import static it.cuffia.outbound.domain.OutboundFixtures.campaign;
import static it.cuffia.outbound.domain.OutboundFixtures.consenting;
import static it.cuffia.outbound.domain.OutboundFixtures.lead;
import static it.cuffia.outbound.domain.OutboundFixtures.rome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Interaction;
import it.cuffia.crm.domain.ConsentPurpose;
import it.cuffia.identity.domain.AppUser;
import it.cuffia.identity.domain.Role;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SaleTest {

    @Test
    void aSaleWhoseTotalWouldNotFitItsColumnIsRefused() {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        Offer offer = new Offer(CLIENT, "Fibra 1 Giga", Money.euro("9000000000.00"), LocalDate.of(2026, 1, 1), null);
        campaign.offer(List.of(offer));
        Lead lead = lead(campaign, consenting(ConsentPurpose.MARKETING), rome(2026, 3, 1, 9, 0));
        AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
        Instant at = rome(2026, 3, 10, 11, 0);
        Sale sale = new Sale(lead, agent, Interaction.outbound(lead, agent, at), at);
        LocalDate today = LocalDate.of(2026, 3, 10);
        assertEquals("money.tooLarge", assertThrows(DomainException.class,
                () -> sale.add(offer, 2, null, SaleLine.Kind.NEW, today)).getMessageKey());
        sale.add(offer, 1, null, SaleLine.Kind.NEW, today);
        assertEquals("money.tooLarge", assertThrows(DomainException.class,
                () -> sale.add(offer, 1, null, SaleLine.Kind.NEW, today)).getMessageKey());
        assertEquals(Money.euro("9000000000.00"), sale.getTotal());
        assertEquals(1, sale.getLines().size());
    }

    @Test
    void aCancellationNeedsAReasonAndADayBetweenTheSaleAndTodayAndHappensOnce() {
        Sale sale = saleOn(rome(2026, 3, 10, 11, 0));
        Instant now = rome(2026, 4, 2, 9, 30);
        assertEquals("sale.cancel.reason", assertThrows(DomainException.class,
                () -> sale.cancel(LocalDate.of(2026, 3, 20), " ", "supervisore1", now)).getMessageKey());
        assertEquals("sale.cancel.day", assertThrows(DomainException.class,
                () -> sale.cancel(LocalDate.of(2026, 3, 9), "Recesso", "supervisore1", now)).getMessageKey());
        assertEquals("sale.cancel.day", assertThrows(DomainException.class,
                () -> sale.cancel(LocalDate.of(2026, 4, 3), "Recesso", "supervisore1", now)).getMessageKey());
        assertTrue(sale.earnsCommission());

        sale.cancel(LocalDate.of(2026, 3, 20), "  Recesso nei 14 giorni ", "supervisore1", now);
        assertFalse(sale.earnsCommission());
        assertEquals("Recesso nei 14 giorni", sale.getCancelReason());
        assertEquals(LocalDate.of(2026, 3, 20), sale.getCancelledOn());
        assertEquals(now, sale.getCancelledAt());
        assertEquals("sale.cancel.already", assertThrows(DomainException.class,
                () -> sale.cancel(LocalDate.of(2026, 3, 21), "Ancora", "commerciale1", now)).getMessageKey());
        assertEquals("supervisore1", sale.getCancelledBy());
    }

    private static Sale saleOn(Instant at) {
        Campaign campaign = campaign(CampaignType.TELESELLING);
        Lead lead = lead(campaign, consenting(ConsentPurpose.MARKETING), rome(2026, 3, 1, 9, 0));
        AppUser agent = new AppUser("operatore01", "Luca", "Rossi", Set.of(Role.AGENT));
        return new Sale(lead, agent, Interaction.outbound(lead, agent, at), at);
    }
}
