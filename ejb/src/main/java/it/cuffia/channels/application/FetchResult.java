package it.cuffia.channels.application;

import java.io.Serializable;

/** What one poll of a mailbox did: messages fetched, tickets opened, answers threaded, duplicates recognized, messages kept as unreadable. */
public record FetchResult(int fetched, int tickets, int threaded, int duplicates, int failed, String error) implements Serializable {

    public static FetchResult failedToConnect(String error) {
        return new FetchResult(0, 0, 0, 0, 0, error);
    }
}
