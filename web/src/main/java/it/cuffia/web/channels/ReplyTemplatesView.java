package it.cuffia.web.channels;

import it.cuffia.channels.application.ReplyTemplates;
import it.cuffia.channels.domain.ReplyTemplate;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admins write a client's text modules (ready answers with placeholders) for the staff's answers to tickets. */
@Named
@ViewScoped
public class ReplyTemplatesView implements Serializable {

    @Inject
    private ReplyTemplates templates;

    @Inject
    private ClientService clientService;

    private List<Client> clients;
    private Long clientId;
    private List<ReplyTemplate> rows = List.of();

    /** The text module in the dialog: null id for a new one. */
    private Long editingId;
    private String name;
    private String body;
    private boolean active = true;

    @PostConstruct
    void init() {
        clients = clientService.choosable();
        if (!clients.isEmpty()) {
            clientId = clients.get(0).getId();
            load();
        }
    }

    public void load() {
        rows = clientId == null ? List.of() : templates.ofClient(clientId);
    }

    public void create() {
        editingId = null;
        name = null;
        body = null;
        active = true;
    }

    public void edit(ReplyTemplate row) {
        editingId = row.getId();
        name = row.getName();
        body = row.getBody();
        active = row.isActive();
    }

    public void save() {
        ReplyTemplate saved = templates.save(editingId, clientId, name, body, active);
        Messages.info("replyTemplate.saved", saved.getName());
        load();
    }

    /** The placeholders a text module may use, as they are written. */
    public List<String> getPlaceholders() {
        return Placeholders.KNOWN.stream().map(p -> "{" + p + "}").toList();
    }

    public List<Client> getClients() { return clients; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public List<ReplyTemplate> getRows() { return rows; }
    public Long getEditingId() { return editingId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
