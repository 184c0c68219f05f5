package it.cuffia.web.channels;

import it.cuffia.channels.domain.MailProtocol;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailboxSettings;
import java.io.Serializable;

/** A mailbox as its dialog edits it; the password field starts empty and is never filled from what is stored. */
public class MailboxForm implements Serializable {

    private Long id;
    private long version;
    private Long clientId;
    private String address;
    private MailProtocol protocol = MailProtocol.IMAPS;
    private String host;
    private Integer port;
    private String username;
    private String password;
    private boolean passwordSet;
    private String folder = "INBOX";
    private boolean active = true;
    private boolean faxGateway;
    private boolean pollEnabled = true;
    private String ackLanguage = "it";
    private String ackTemplateIt;
    private String ackTemplateEn;
    private String senderName;
    private String signature;

    static MailboxForm of(Mailbox m) {
        MailboxForm f = new MailboxForm();
        f.id = m.getId();
        f.version = m.getVersion();
        f.clientId = m.getClient().getId();
        f.address = m.getAddress();
        f.protocol = m.getProtocol();
        f.host = m.getHost();
        f.port = m.getPort();
        f.username = m.getUsername();
        f.passwordSet = m.hasPassword();
        f.folder = m.getFolder();
        f.active = m.isActive();
        f.faxGateway = m.isFaxGateway();
        f.pollEnabled = m.isPollEnabled();
        f.ackLanguage = m.getAckLanguage();
        f.ackTemplateIt = m.getAckTemplateIt();
        f.ackTemplateEn = m.getAckTemplateEn();
        f.senderName = m.getSenderName();
        f.signature = m.getSignature();
        return f;
    }

    MailboxSettings settings() {
        return new MailboxSettings(address, protocol, host, port, username, folder, active, faxGateway, pollEnabled,
                ackTemplateIt, ackTemplateEn, ackLanguage, senderName, signature);
    }

    public String getSenderName() { return senderName; }
    public void setSenderName(String senderName) { this.senderName = senderName; }
    public String getSignature() { return signature; }
    public void setSignature(String signature) { this.signature = signature; }
    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public MailProtocol getProtocol() { return protocol; }
    public void setProtocol(MailProtocol protocol) { this.protocol = protocol; }
    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public boolean isPasswordSet() { return passwordSet; }
    public String getFolder() { return folder; }
    public void setFolder(String folder) { this.folder = folder; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isFaxGateway() { return faxGateway; }
    public void setFaxGateway(boolean faxGateway) { this.faxGateway = faxGateway; }
    public boolean isPollEnabled() { return pollEnabled; }
    public void setPollEnabled(boolean pollEnabled) { this.pollEnabled = pollEnabled; }
    public String getAckLanguage() { return ackLanguage; }
    public void setAckLanguage(String ackLanguage) { this.ackLanguage = ackLanguage; }
    public String getAckTemplateIt() { return ackTemplateIt; }
    public void setAckTemplateIt(String ackTemplateIt) { this.ackTemplateIt = ackTemplateIt; }
    public String getAckTemplateEn() { return ackTemplateEn; }
    public void setAckTemplateEn(String ackTemplateEn) { this.ackTemplateEn = ackTemplateEn; }
}
