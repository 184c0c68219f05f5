package it.cuffia.contact.domain;

/** How a contact reached the center (or the center reached out): a contact center is multichannel. */
public enum Channel {
    PHONE, EMAIL, FAX, WEB
}
