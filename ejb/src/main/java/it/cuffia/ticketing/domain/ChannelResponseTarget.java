package it.cuffia.ticketing.domain;

import it.cuffia.contact.domain.Channel;
import it.cuffia.crm.domain.Client;
import it.cuffia.shared.domain.AbstractEntity;
import it.cuffia.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * A client's promise of a first response to what arrives by one channel (a web form, a mail, a fax), within so many
 * minutes of its business hours, whatever the category and priority. See {@link SlaTarget#forChannel}.
 */
@Entity
@Table(name = "channel_response_target")
@NamedQuery(name = ChannelResponseTarget.OF_CLIENT,
        query = "select t from ChannelResponseTarget t where t.client.id = :client order by t.channel")
public class ChannelResponseTarget extends AbstractEntity {

    public static final String OF_CLIENT = "ChannelResponseTarget.ofClient";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "client_id")
    private Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Channel channel;

    @Column(name = "first_response_minutes", nullable = false)
    private int firstResponseMinutes;

    protected ChannelResponseTarget() {
    }

    public ChannelResponseTarget(Client client, Channel channel, int firstResponseMinutes) {
        this.client = client;
        this.channel = channel;
        promise(firstResponseMinutes);
    }

    public final void promise(int minutes) {
        if (minutes <= 0) {
            throw new DomainException("sla.channel.minutes.invalid", minutes);
        }
        this.firstResponseMinutes = minutes;
    }

    public Duration firstResponse() { return Duration.ofMinutes(firstResponseMinutes); }
    public Client getClient() { return client; }
    public Channel getChannel() { return channel; }
    public int getFirstResponseMinutes() { return firstResponseMinutes; }
}
