package it.cuffia.web.channels;

import it.cuffia.channels.application.FetchResult;
import it.cuffia.channels.application.MailboxService;
import it.cuffia.channels.domain.InboundMail;
import it.cuffia.channels.domain.MailProtocol;
import it.cuffia.channels.domain.Mailbox;
import it.cuffia.channels.domain.MailboxSettings;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Admin → Mailboxes: the clients' inbound mailboxes, "Fetch now", the latest messages and the ones that could not be read. */
@Named
@ViewScoped
public class MailboxesView implements Serializable {

    @Inject
    private MailboxService mailboxes;

    @Inject
    private ClientService clients;

    private List<Mailbox> all;
    private List<InboundMail> failed;
    private List<InboundMail> recent;
    private MailboxForm editing;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        all = mailboxes.all();
        failed = mailboxes.failed();
        recent = mailboxes.recent(30);
    }

    public void create() {
        editing = new MailboxForm();
    }

    public void edit(Mailbox row) {
        editing = MailboxForm.of(mailboxes.get(row.getId()));
    }

    public void save() {
        MailboxSettings settings = editing.settings();
        if (editing.getId() == null) {
            mailboxes.create(editing.getClientId(), settings, editing.getPassword());
        } else {
            mailboxes.update(editing.getId(), editing.getVersion(), settings, editing.getPassword());
        }
        Messages.info("saved");
        editing = null;
        reload();
    }

    public void fetch(Mailbox row) {
        FetchResult result = mailboxes.fetchNow(row.getId());
        if (result.error() != null) {
            Messages.warn("mailbox.fetch.failed", row.getAddress(), result.error());
        } else {
            Messages.info("mailbox.fetch.done", row.getAddress(), result.fetched(), result.tickets(), result.threaded(),
                    result.duplicates(), result.failed());
        }
        reload();
    }

    public StreamedContent eml(InboundMail message) {
        InboundMail full = mailboxes.message(message.getId());
        byte[] raw = full.getRaw();
        return DefaultStreamedContent.builder().name("message-" + full.getId() + ".eml").contentType("message/rfc822")
                .contentLength((long) raw.length).stream(() -> new ByteArrayInputStream(raw)).build();
    }

    public List<Client> getClients() { return clients.choosable(); }
    public MailProtocol[] getProtocols() { return MailProtocol.values(); }
    public List<Mailbox> getAll() { return all; }
    public List<InboundMail> getFailed() { return failed; }
    public List<InboundMail> getRecent() { return recent; }
    public MailboxForm getEditing() { return editing; }
}
