package it.cuffia.identity.domain;

public enum ContractType {
    FULL_TIME,
    PART_TIME
}
