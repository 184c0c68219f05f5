package it.cuffia.channels.infrastructure;

import it.cuffia.channels.domain.Mailbox;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Fetches a mailbox's new messages with Jakarta Mail (the server's implementation; a session of its own per
 * mailbox, since host, port and protocol are the mailbox's). IMAP: the unseen messages, read with PEEK and
 * marked seen only once stored; POP3: every message, deleted once stored. A message the handler could not
 * store stays on the server for the next poll; a poll cut off midway leaves the rest for the next one, and
 * what was stored but not yet marked comes again and is recognized by its Message-ID.
 */
public final class MailStoreClient {

    /** At most this many messages a poll, so one poll never holds the timer for long. */
    public static final int BATCH = 100;

    private MailStoreClient() {
    }

    /** Counts of one poll. */
    public record Fetched(int seen, int stored) {
    }

    public static Fetched fetch(Mailbox mailbox, String password, Predicate<byte[]> store) throws MessagingException, IOException {
        String protocol = mailbox.getProtocol().store();
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "30000");
        props.put("mail." + protocol + ".peek", "true");
        // each message is read whole anyway (its raw bytes are kept): one FETCH, not one per 16 KB piece
        props.put("mail." + protocol + ".partialfetch", "false");
        if (mailbox.getProtocol() == it.cuffia.channels.domain.MailProtocol.IMAPS) {
            props.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        Store st = Session.getInstance(props).getStore(protocol);
        st.connect(mailbox.getHost(), mailbox.getPort(), mailbox.getUsername(), password);
        try (Store s = st) {
            Folder folder = s.getFolder(mailbox.getFolder());
            folder.open(Folder.READ_WRITE);
            int seen = 0;
            int stored = 0;
            try {
                Message[] messages = mailbox.getProtocol().deletesAfterStoring()
                        ? folder.getMessages()
                        : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < messages.length && i < BATCH; i++) {
                    Message message = messages[i];
                    seen++;
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    message.writeTo(raw);
                    if (store.test(raw.toByteArray())) {
                        stored++;
                        message.setFlag(mailbox.getProtocol().deletesAfterStoring() ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
                    }
                }
            } finally {
                folder.close(mailbox.getProtocol().deletesAfterStoring());
            }
            return new Fetched(seen, stored);
        }
    }
}
