package it.cuffia.channels.domain;

/** How a mailbox is read: IMAP (plain or over TLS) keeps the messages and marks them seen; POP3 removes them once stored. */
public enum MailProtocol {
    IMAP("imap", 143), IMAPS("imaps", 993), POP3("pop3", 110);

    private final String store;
    private final int defaultPort;

    MailProtocol(String store, int defaultPort) {
        this.store = store;
        this.defaultPort = defaultPort;
    }

    /** The Jakarta Mail store protocol name. */
    public String store() { return store; }
    public int defaultPort() { return defaultPort; }
    /** POP3 has no flags: a message stored is deleted from the server so the next poll does not fetch it again. */
    public boolean deletesAfterStoring() { return this == POP3; }
}
