package it.cuffia.ticketing.domain;

public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
