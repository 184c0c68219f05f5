package it.cuffia.appointments.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import it.cuffia.identity.domain.AppUser;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
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

    /** Texts of the feed: the description says what it says in the reader's language. */
    static final String TEXTS = "it.cuffia.appointments.domain.IcsTexts";

    /**
     * The calendar of a sales person, its descriptions in their language (Italian unless they chose another);
     * {@code now} is its DTSTAMP, from the suite's clock (ical4j would read the wall clock).
     */
    public static String of(List<Appointment> appointments, String host, AppUser reader, Instant now) {
        return of(appointments, host, Locale.forLanguageTag(reader.getLanguage() == null ? "it" : reader.getLanguage()), now);
    }

    public static String of(List<Appointment> appointments, String host, Locale locale, Instant now) {
        ResourceBundle texts = ResourceBundle.getBundle(TEXTS, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Cuffia//Appuntamenti//IT"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Appointment a : appointments) {
            VEvent event = new VEvent(a.getStartsAt(), a.getEndsAt(), summary(a));
            event.replace(new DtStamp(now));
            event.add(new Uid("appointment-" + a.getId() + "@" + host));
            event.add(a.getStatus() == AppointmentStatus.CANCELLED || a.getStatus() == AppointmentStatus.RESCHEDULED
                    ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED));
            event.add(new Description(description(a, texts, locale)));
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

    private static String description(Appointment a, ResourceBundle texts, Locale locale) {
        List<String> lines = new ArrayList<>();
        a.getCustomer().getPhones().stream().findFirst().ifPresent(p -> lines.add(say(texts, locale, "ics.phone", p.getDisplay())));
        lines.add(say(texts, locale, "ics.meetingType", texts.getString("meetingType." + a.getMeetingType().name())));
        if (a.getAgentNotes() != null) {
            lines.add(say(texts, locale, "ics.agentNotes", a.getAgentNotes()));
        }
        if (a.getStatus() != AppointmentStatus.BOOKED) {
            lines.add(say(texts, locale, "ics.status", texts.getString("status." + a.getStatus().name())));
        }
        if (a.getOutcomeReason() != null) {
            lines.add(say(texts, locale, "ics.reason", a.getOutcomeReason()));
        }
        return String.join("\n", lines);
    }

    private static String say(ResourceBundle texts, Locale locale, String key, Object value) {
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {value});
    }
}
