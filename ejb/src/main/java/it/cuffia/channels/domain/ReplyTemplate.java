package it.cuffia.channels.domain;

import it.cuffia.crm.domain.Client;
import it.cuffia.scripts.domain.Placeholders;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.shared.domain.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Set;

/**
 * A text module: one of a client's ready answers ("Invio della fattura", "Disdetta ricevuta"), which the
 * staff put into an answer and complete. It speaks with the placeholders of scripts ({customer.firstName},
 * {agent.fullName}, {client.name}, {today}…), filled in from the ticket when it is used.
 */
@Entity
@Table(name = "reply_template")
@NamedQuery(name = ReplyTemplate.OF_CLIENT, query = "select t from ReplyTemplate t where t.client.id = :client order by t.name")
@NamedQuery(name = ReplyTemplate.ACTIVE_OF_CLIENT,
        query = "select t from ReplyTemplate t where t.client.id = :client and t.active = true order by t.name")
@NamedQuery(name = ReplyTemplate.NAMED, query = "select t from ReplyTemplate t where t.client.id = :client and lower(t.name) = :name")
public class ReplyTemplate extends AbstractEntity {

    public static final String OF_CLIENT = "ReplyTemplate.ofClient";
    public static final String ACTIVE_OF_CLIENT = "ReplyTemplate.activeOfClient";
    public static final String NAMED = "ReplyTemplate.named";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(nullable = false)
    private boolean active = true;

    protected ReplyTemplate() {
    }

    public ReplyTemplate(Client client, String name, String body, boolean active) {
        this.client = client;
        change(name, body, active);
    }

    /** Name and text checked together; a placeholder the suite does not know is refused by name. */
    public final void change(String name, String body, boolean active) {
        if (name == null || name.isBlank()) {
            throw new DomainException("replyTemplate.required", Text.of("replyTemplate.name"));
        }
        if (body == null || body.isBlank()) {
            throw new DomainException("replyTemplate.required", Text.of("replyTemplate.body"));
        }
        String text = PlainText.text(body.strip(), "replyTemplate.body", 4000);
        Set<String> unknown = Placeholders.unknown(text);
        if (!unknown.isEmpty()) {
            throw new DomainException("replyTemplate.placeholder.unknown", "{" + String.join("}, {", unknown) + "}");
        }
        this.name = PlainText.line(name.strip(), "replyTemplate.name", 100);
        this.body = text;
        this.active = active;
    }

    /** The text with the ticket's values in place of its placeholders ("—" for one the ticket has not). */
    public String fill(Map<String, String> values) {
        return Placeholders.fill(body, values);
    }

    public Client getClient() { return client; }
    public String getName() { return name; }
    public String getBody() { return body; }
    public boolean isActive() { return active; }
}
