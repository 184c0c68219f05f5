package it.cuffia.channels.domain;

import java.io.Serializable;

/**
 * What an admin sets on a mailbox (the password apart: it goes its own way, sealed). The sender name and the
 * signature are those of the staff's answers sent from this address.
 */
public record MailboxSettings(String address, MailProtocol protocol, String host, Integer port, String username, String folder,
                              boolean active, boolean faxGateway, boolean pollEnabled, String ackTemplateIt, String ackTemplateEn,
                              String ackLanguage, String senderName, String signature) implements Serializable {
}
