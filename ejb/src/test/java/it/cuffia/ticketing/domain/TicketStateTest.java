package it.cuffia.ticketing.domain;

import static it.cuffia.ticketing.domain.TicketState.CLOSED;
import static it.cuffia.ticketing.domain.TicketState.NEW;
import static it.cuffia.ticketing.domain.TicketState.OPEN;
import static it.cuffia.ticketing.domain.TicketState.REOPENED;
import static it.cuffia.ticketing.domain.TicketState.RESOLVED;
import static it.cuffia.ticketing.domain.TicketState.WAITING_CUSTOMER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketStateTest {

    /** DOMAIN.md: NEW → OPEN → (WAITING_CUSTOMER ↔ OPEN) → RESOLVED → CLOSED; RESOLVED → REOPENED → OPEN. */
    private static Set<TicketState> allowedFrom(TicketState state) {
        return switch (state) {
            case NEW -> EnumSet.of(OPEN);
            case OPEN -> EnumSet.of(WAITING_CUSTOMER, RESOLVED);
            case WAITING_CUSTOMER -> EnumSet.of(OPEN);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case REOPENED -> EnumSet.of(OPEN);
            case CLOSED -> EnumSet.noneOf(TicketState.class);
        };
    }

    @ParameterizedTest
    @EnumSource(TicketState.class)
    void everyMoveIsAllowedOrRefusedAsTheDomainSays(TicketState from) {
        for (TicketState to : TicketState.values()) {
            assertEquals(allowedFrom(from).contains(to), from.canMoveTo(to), from + " → " + to);
        }
        assertEquals(allowedFrom(from), from.next());
    }

    @ParameterizedTest
    @EnumSource(value = TicketState.class, names = {"RESOLVED", "CLOSED"})
    void resolvedAndClosedTicketsAreNoLongerActive(TicketState state) {
        assertEquals(false, state.isActive());
        assertEquals(true, NEW.isActive() && REOPENED.isActive());
    }

    @ParameterizedTest
    @EnumSource(TicketState.class)
    void theActiveSetItsSqlTwinAndTheStateAgree(TicketState state) {
        assertEquals(state.isActive(), TicketState.ACTIVE.contains(state), state.name());
        assertEquals(state.isActive(), TicketState.ACTIVE_SQL.contains("'" + state.name() + "'"), TicketState.ACTIVE_SQL);
    }

    @ParameterizedTest
    @EnumSource(TicketState.class)
    void onlyActiveTicketsNotWaitingForTheCustomerCanBeTaken(TicketState state) {
        assertEquals(state.isActive() && state != WAITING_CUSTOMER, state.canBeTaken(), state.name());
    }
}
