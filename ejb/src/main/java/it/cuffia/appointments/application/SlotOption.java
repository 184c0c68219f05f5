package it.cuffia.appointments.application;

import java.io.Serializable;
import java.time.Instant;

/** A free slot of one sales person, as offered to the agent during the call. */
public record SlotOption(Long salesUserId, String salesName, Instant start, Instant end) implements Serializable {
    public Long getSalesUserId() { return salesUserId; }
    public String getSalesName() { return salesName; }
    public Instant getStart() { return start; }
    public Instant getEnd() { return end; }
    /** For select menus: "salesUserId@epochSecond". */
    public String getKey() { return new it.cuffia.appointments.domain.SlotKey(salesUserId, start).toString(); }
}
