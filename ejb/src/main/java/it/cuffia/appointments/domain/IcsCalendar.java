package it.cuffia.appointments.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Appointments as iCalendar (RFC 5545) text, built with iCal4j: the sales person's feed and mail invitations. */
public final class IcsCalendar {

    private IcsCalendar() {
    }

    public static String of(List<Appointment> appointments, String host) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cuffia//Appuntamenti//IT"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Appointment a : appointments) {
            VEvent event = new VEvent(a.getStartsAt(), a.getEndsAt(), summary(a));
            event.add(new Uid("appointment-" + a.getId() + "@" + host));
            event.add(a.getStatus() == AppointmentStatus.CANCELLED || a.getStatus() == AppointmentStatus.RESCHEDULED
                    ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            event.add(new Description(description(a)));
            if (a.getMeetingType() == MeetingType.IN_PERSON && a.getCustomer().getAddress() != null) {
                event.add(new Location(a.getCustomer().getAddress().toString()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String summary(Appointment a) {
        return a.getCustomer().getFullName() + " · " + a.getCampaign().getName();
    }

    private static String description(Appointment a) {
        StringBuilder text = new StringBuilder();
        a.getCustomer().getPhones().stream().findFirst().ifPresent(p -> text.append(p.getDisplay()).append('\n'));
        if (a.getCustomer().getEmail() != null) {
            text.append(a.getCustomer().getEmail()).append('\n');
        }
        text.append(a.getMeetingType().name());
        if (a.getAgentNotes() != null) {
            text.append('\n').append(a.getAgentNotes());
        }
        return text.toString();
    }
}
