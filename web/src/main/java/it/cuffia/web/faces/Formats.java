package it.cuffia.web.faces;

import it.cuffia.shared.domain.Zones;
import it.cuffia.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants as people read them: Rome time, in the user's language ({@code #{fmt.dateTime(t.openedAt)}}). */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private UserSession session;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(session.getLocale()).withZone(Zones.ROME).format(instant);
    }
}
