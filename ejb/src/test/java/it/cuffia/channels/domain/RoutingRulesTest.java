package it.cuffia.channels.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.TicketCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    private static final Client AURORA = new Client("AURORA", "Telefonia Aurora");

    private static final RoutingRule COMPLAINTS_BY_MAIL = new RoutingRule(AURORA, 1, Channel.EMAIL, "Reclami@Aurora-Tel.it", null,
            TicketCategory.COMPLAINT, Priority.HIGH, 2);
    private static final RoutingRule OUTAGES = new RoutingRule(AURORA, 2, null, null, "guasto, linea assente; interruzione",
            TicketCategory.TECHNICAL_SUPPORT, Priority.URGENT, null);
    private static final RoutingRule WEB_BILLS = new RoutingRule(AURORA, 3, Channel.WEB, null, "bolletta fattura",
            TicketCategory.CUSTOMER_SERVICE, null, null);

    private static final RoutingRules RULES = new RoutingRules(List.of(WEB_BILLS, OUTAGES, COMPLAINTS_BY_MAIL));

    @Test
    void theReceivingAddressOfAMailDecidesWhateverTheLetterCase() {
        RoutingDecision decision = RULES.route(Channel.EMAIL, " reclami@aurora-tel.IT", "Vi scrivo per la bolletta");
        assertEquals(new RoutingDecision(TicketCategory.COMPLAINT, Priority.HIGH, 2, null), decision);
        assertTrue(decision.beyondFrontLine());
    }

    @Test
    void theFirstRuleInOrderWins() {
        // the complaints mailbox comes first, even with an outage word in the subject
        assertEquals(TicketCategory.COMPLAINT, RULES.route(Channel.EMAIL, "reclami@aurora-tel.it", "Guasto da ieri").category());
        assertEquals(Priority.URGENT, RULES.route(Channel.EMAIL, "info@aurora-tel.it", "Guasto da ieri").priority());
    }

    @Test
    void aWordOfTheSubjectMatchesWithoutLetterCaseOrAccentsButNotAsPartOfAnotherWord() {
        assertEquals(Priority.URGENT, RULES.route(Channel.WEB, null, "INTERRUZIONE del servizio").priority());
        assertEquals(TicketCategory.CUSTOMER_SERVICE, RULES.route(Channel.WEB, null, "Fattura di marzo").category());
        assertFalse(RULES.route(Channel.WEB, null, "Fatturazione elettronica").matched(), "fattura is not fatturazione");
        RoutingRule accents = new RoutingRule(AURORA, 1, null, null, "perché", null, Priority.LOW, null);
        assertTrue(accents.matches(Channel.FAX, null, "Perche non funziona?"));
    }

    /** Issue 15: a call's number dialled is its receiving address, its IVR choice the words said. */
    @Test
    void aPhoneCallIsRoutedByTheNumberDialledOrTheIvrChoice() {
        RoutingRules phone = new RoutingRules(List.of(
                new RoutingRule(AURORA, 1, Channel.PHONE, "+390212345678", null, TicketCategory.COMPLAINT, null, null),
                new RoutingRule(AURORA, 2, Channel.PHONE, null, "2 assistenza", TicketCategory.TECHNICAL_SUPPORT, null, null)));
        assertEquals(TicketCategory.COMPLAINT, phone.route(Channel.PHONE, "+390212345678", "2").category(), "the number dialled comes first");
        assertEquals(TicketCategory.TECHNICAL_SUPPORT, phone.route(Channel.PHONE, "+390299999999", "2").category());
        assertEquals(TicketCategory.TECHNICAL_SUPPORT, phone.route(Channel.PHONE, null, "Assistenza").category());
        assertFalse(phone.route(Channel.PHONE, null, null).matched(), "a call that says nothing keeps no category");
        assertFalse(phone.route(Channel.PHONE, "+390299999999", "1").matched());
    }

    @Test
    void aChannelConditionLeavesTheOtherChannelsOut() {
        assertFalse(RULES.route(Channel.EMAIL, "info@aurora-tel.it", "La bolletta").matched(), "the bills rule is for the web form");
        assertFalse(RULES.route(Channel.WEB, "reclami@aurora-tel.it", "Richiesta").matched(), "the complaints rule is for mail");
    }

    @Test
    void noRuleMatchedKeepsWhatTheTicketHad() {
        RoutingDecision none = RULES.route(Channel.PHONE, null, "Cambio indirizzo");
        assertEquals(RoutingDecision.NONE, none);
        assertEquals(TicketCategory.INFORMATION, none.categoryOr(TicketCategory.INFORMATION));
        assertEquals(Priority.NORMAL, none.priorityOr(Priority.NORMAL));
        assertEquals(1, none.levelOr(1));
        assertNull(RULES.route(Channel.WEB, null, "Fattura").priority(), "a result left out is left undecided");
    }

    @Test
    void aRuleDecidesSomethingAndKnowsTheSupportLevels() {
        assertEquals("routing.result.required", assertThrows(DomainException.class,
                () -> new RoutingRule(AURORA, 1, Channel.WEB, null, "x", null, null, null)).getMessageKey());
        assertEquals("ticket.level.invalid", assertThrows(DomainException.class,
                () -> new RoutingRule(AURORA, 1, Channel.WEB, null, null, null, null, 4)).getMessageKey());
    }

    @Test
    void movingARuleUpSwapsItWithTheOneAbove() {
        RoutingRule a = new RoutingRule(AURORA, 1, null, null, "a", null, Priority.LOW, null);
        RoutingRule b = new RoutingRule(AURORA, 5, null, null, "a", null, Priority.HIGH, null);
        RoutingRules rules = new RoutingRules(List.of(a, b));
        assertEquals(Priority.LOW, rules.route(Channel.WEB, null, "a").priority());
        rules.move(b, true);
        assertEquals(List.of(2, 1), List.of(a.getPosition(), b.getPosition()));
        assertEquals(Priority.HIGH, new RoutingRules(List.of(a, b)).route(Channel.WEB, null, "a").priority());
    }
}
