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

    @Inject
    private it.cuffia.ticketing.application.SlaTargetService slaTargets;

    /** The first-response minutes per channel being edited (none: the category's and priority's promise). */
    private List<ResponseRow> responseRows = List.of();

    /** One channel's first-response promise as the admin edits it. */
    public static class ResponseRow implements Serializable {
        private final Channel channel;
        private Integer minutes;

        ResponseRow(Channel channel, Integer minutes) {
            this.channel = channel;
            this.minutes = minutes;
        }

        public Channel getChannel() { return channel; }
        public Integer getMinutes() { return minutes; }
        public void setMinutes(Integer minutes) { this.minutes = minutes; }
    }

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
        java.util.Map<Channel, Integer> set = clientId == null ? java.util.Map.of() : slaTargets.channelTargetsOf(clientId);
        responseRows = java.util.Arrays.stream(Channel.values()).map(ch -> new ResponseRow(ch, set.get(ch))).toList();
    }

    public void saveResponseTargets() {
        for (ResponseRow row : responseRows) {
            slaTargets.setChannelTarget(clientId, row.getChannel(), row.getMinutes());
        }
        load();
        Messages.info("routing.firstResponse.saved");
    }

    public List<ResponseRow> getResponseRows() { return responseRows; }

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
