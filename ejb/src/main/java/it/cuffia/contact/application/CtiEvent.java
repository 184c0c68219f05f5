package it.cuffia.contact.application;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a PBX (Asterisk, 3CX…) tells about a call: its id, what happened, from which number, to which agent.
 * {@code QUEUED}: the call entered the client's queue and no agent has it yet (callId, from); a later
 * {@code RINGING} at an agent with the same callId is the same call. {@code ENDED} of a call nobody answered
 * makes it abandoned.
 */
public class CtiEvent implements Serializable {

    public enum Type { QUEUED, RINGING, ANSWERED, ENDED }

    @NotBlank
    @Size(max = 80)
    private String callId;
    @NotNull
    private Type event;
    @Size(max = 40)
    private String from;
    /** Username of the agent the call rings at or was answered by. */
    @Size(max = 60)
    private String agent;
    @Min(0)
    private int holdSeconds;
    /** The number the caller dialled (a client may have several: sales, support…), when the PBX tells it. */
    @Size(max = 40)
    private String to;
    /** The caller's choice in the PBX's menu (IVR), when there was one: "2", "assistenza"… */
    @Size(max = 40)
    private String ivrChoice;

    public String getCallId() { return callId; }
    public void setCallId(String callId) { this.callId = callId; }
    public Type getEvent() { return event; }
    public void setEvent(Type event) { this.event = event; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getAgent() { return agent; }
    public void setAgent(String agent) { this.agent = agent; }
    public int getHoldSeconds() { return holdSeconds; }
    public void setHoldSeconds(int holdSeconds) { this.holdSeconds = holdSeconds; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getIvrChoice() { return ivrChoice; }
    public void setIvrChoice(String ivrChoice) { this.ivrChoice = ivrChoice; }
}
