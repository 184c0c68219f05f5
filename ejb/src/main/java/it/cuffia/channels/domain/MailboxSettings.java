package it.cuffia.channels.domain;

import java.io.Serializable;

/** What an admin sets on a mailbox (the password apart: it goes its own way, sealed). */
public record MailboxSettings(String address, MailProtocol protocol, String host, Integer port, String username, String folder,
                              boolean active, boolean faxGateway, boolean pollEnabled, String ackTemplateIt, String ackTemplateEn,
                              String ackLanguage) implements Serializable {
}
