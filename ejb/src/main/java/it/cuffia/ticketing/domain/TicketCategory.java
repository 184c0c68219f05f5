package it.cuffia.ticketing.domain;

public enum TicketCategory {
    TECHNICAL_SUPPORT, CUSTOMER_SERVICE, INFORMATION, COMPLAINT
}
