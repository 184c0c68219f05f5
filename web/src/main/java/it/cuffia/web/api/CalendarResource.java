package it.cuffia.web.api;

import it.cuffia.appointments.application.AppointmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/**
 * A sales person's appointments as an iCalendar feed, to subscribe to from Outlook or Google
 * Calendar. The address holds the secret token shown in the sales console; no login.
 */
@Path("calendar")
@RequestScoped
public class CalendarResource {

    @Inject
    private AppointmentService appointments;

    @GET
    @Path("{token}.ics")
    @Produces("text/calendar; charset=UTF-8")
    public String feed(@PathParam("token") String token) {
        return appointments.icsFeed(token).orElseThrow(NotFoundException::new);
    }
}
