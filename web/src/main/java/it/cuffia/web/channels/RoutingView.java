package it.cuffia.web.channels;

import it.cuffia.channels.application.RoutingService;
import it.cuffia.channels.domain.RoutingRule;
import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.application.ClientService;
import it.cuffia.crm.domain.Client;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.TicketCategory;
import it.cuffia.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Admins write a client's routing rules for the tickets the contact channels open by themselves. */
@Named
@ViewScoped
public class RoutingView implements Serializable {

    @Inject
    private RoutingService routing;

    @Inject
    private ClientService clientService;

    private List<Client> clients;
    private Long clientId;
    private List<RoutingRule> rules = List.of();

    private Channel channel;
    private String address;
    private String words;
    private TicketCategory category;
    private Priority priority;
    private Integer level;

    @PostConstruct
    void init() {
        clients = clientService.choosable();
        if (!clients.isEmpty()) {
            clientId = clients.get(0).getId();
            load();
        }
    }

    public void load() {
        rules = clientId == null ? List.of() : routing.rules(clientId);
    }

    public void add() {
        routing.add(clientId, channel, address, words, category, priority, level);
        channel = null;
        address = null;
        words = null;
        category = null;
        priority = null;
        level = null;
        load();
        Messages.info("routing.added");
    }

    public void remove(RoutingRule rule) {
        routing.remove(rule.getId());
        load();
        Messages.info("routing.removed", rule.getPosition());
    }

    public void move(RoutingRule rule, boolean up) {
        routing.move(rule.getId(), up);
        load();
    }

    public Channel[] getChannels() { return Channel.values(); }
    public TicketCategory[] getCategories() { return TicketCategory.values(); }
    public Priority[] getPriorities() { return Priority.values(); }
    public int[] getLevels() { return new int[] {1, 2, 3}; }
    public List<Client> getClients() { return clients; }
    public List<RoutingRule> getRules() { return rules; }
    public Long getClientId() { return clientId; }
    public void setClientId(Long clientId) { this.clientId = clientId; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
    public TicketCategory getCategory() { return category; }
    public void setCategory(TicketCategory category) { this.category = category; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public Integer getLevel() { return level; }
    public void setLevel(Integer level) { this.level = level; }
}
