package it.cuffia.scripts.domain;

/** A version is written as a draft; once published it never changes again. */
public enum VersionStatus {
    DRAFT, PUBLISHED
}
