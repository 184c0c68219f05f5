package it.cuffia.channels.domain;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import it.cuffia.shared.domain.PlainText;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.SupportLevel;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One routing rule of a client: when a ticket arrives by this channel, at this receiving address, with one of these
 * words in its subject (each condition may be left out), it gets this category, priority and support level (each
 * may be left out). A rule with no condition matches everything; a rule with no result changes nothing.
 */
@Entity
@Table(name = "routing_rule")
@NamedQuery(name = RoutingRule.OF_CLIENT, query = "select r from RoutingRule r where r.client.id = :client order by r.position, r.id")
public class RoutingRule extends AbstractEntity {

    public static final String OF_CLIENT = "RoutingRule.ofClient";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Channel channel;

    @Column(length = 160)
    private String address;

    @Column(name = "subject_words", length = 200)
    private String subjectWords;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TicketCategory category;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Priority priority;

    @Column(name = "support_level")
    private Integer level;

    protected RoutingRule() {
    }

    /** A rule; at least one result, a known support level, words and address as plain lines. */
    public RoutingRule(Client client, int position, Channel channel, String address, String subjectWords,
                       TicketCategory category, Priority priority, Integer level) {
        if (category == null && priority == null && level == null) {
            throw new DomainException("routing.result.required");
        }
        this.client = client;
        this.position = position;
        this.channel = channel;
        this.address = address == null || address.isBlank() ? null
                : PlainText.line(address.trim(), "routing.address", 160).toLowerCase(Locale.ROOT);
        this.subjectWords = subjectWords == null || subjectWords.isBlank() ? null
                : PlainText.line(subjectWords.trim(), "routing.words", 200);
        this.category = category;
        this.priority = priority;
        this.level = level == null ? null : SupportLevel.checked(level);
    }

    /**
     * Whether a ticket arriving so matches: the same channel, the same receiving address (letter case aside), and
     * one of the rule's words among the subject's words (letter case and accents aside: "fattura" matches "Fattura",
     * "perche" matches "perché"; "fatturazione" does not match "fattura").
     */
    public boolean matches(Channel arrivedBy, String receivingAddress, String subject) {
        if (channel != null && channel != arrivedBy) {
            return false;
        }
        if (address != null && (receivingAddress == null || !address.equals(receivingAddress.trim().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (subjectWords == null) {
            return true;
        }
        List<String> said = words(subject);
        return words(subjectWords).stream().anyMatch(said::contains);
    }

    public RoutingDecision decision() {
        return new RoutingDecision(category, priority, level, getId());
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_LETTER.split(plain)).filter(w -> !w.isEmpty()).toList();
    }

    public Client getClient() { return client; }
    public int getPosition() { return position; }
    public Channel getChannel() { return channel; }
    public String getAddress() { return address; }
    public String getSubjectWords() { return subjectWords; }
    public TicketCategory getCategory() { return category; }
    public Priority getPriority() { return priority; }
    public Integer getLevel() { return level; }
}
