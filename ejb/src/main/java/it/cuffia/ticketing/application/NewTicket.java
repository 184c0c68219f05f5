package it.cuffia.ticketing.application;

import it.cuffia.contact.domain.Channel;
import it.cuffia.ticketing.domain.Priority;
import it.cuffia.ticketing.domain.TicketCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A ticket as an agent or a program asks to open it. */
public class NewTicket implements Serializable {

    @NotNull
    private Long customerId;
    @NotNull
    private TicketCategory category;
    @NotNull
    private Priority priority = Priority.NORMAL;
    @NotNull
    private Channel channel = Channel.PHONE;
    @NotBlank
    @Size(max = 200)
    private String subject;
    @Size(max = 4000)
    private String description;

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public TicketCategory getCategory() { return category; }
    public void setCategory(TicketCategory category) { this.category = category; }
    public Priority getPriority() { return priority; }
    public void setPriority(Priority priority) { this.priority = priority; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
