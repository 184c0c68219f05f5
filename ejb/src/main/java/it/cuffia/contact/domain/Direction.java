package it.cuffia.contact.domain;

public enum Direction {
    INBOUND, OUTBOUND
}
