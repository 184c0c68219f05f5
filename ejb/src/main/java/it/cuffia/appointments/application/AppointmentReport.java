package it.cuffia.appointments.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the appointment report (a campaign and a sales person): booked, due (meeting time
 * passed), held, no-show, cancelled or moved, show rate = held / (held + no-show) of the due ones
 * concluded, deals and their value. A rate with nothing to divide by has no value.
 */
public record AppointmentReport(String campaign, String salesPerson, long booked, long due, long held, long noShow,
                                long cancelled, long deals, BigDecimal dealValue) implements Serializable {

    public BigDecimal getShowRate() {
        long concluded = held + noShow;
        return concluded == 0 ? null : BigDecimal.valueOf(held).divide(BigDecimal.valueOf(concluded), 4, RoundingMode.HALF_EVEN);
    }

    public String getCampaign() { return campaign; }
    public String getSalesPerson() { return salesPerson; }
    public long getBooked() { return booked; }
    public long getDue() { return due; }
    public long getHeld() { return held; }
    public long getNoShow() { return noShow; }
    public long getCancelled() { return cancelled; }
    public long getDeals() { return deals; }
    public BigDecimal getDealValue() { return dealValue; }
}
