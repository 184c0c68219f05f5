package it.cuffia.web.api;

import it.cuffia.web.faces.Messages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 7807 problem body: what went wrong, in the caller's language. {@code code} is the message key of
 * {@code detail}, the same in every language, for programs; {@code errors} names each field that was refused.
 */
public record Problem(String type, String title, int status, String detail, String code, List<String> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** The one way a problem is made: the status's title, the message {@code key} with its arguments as detail and code. */
    public static Problem of(Locale locale, int status, List<String> errors, String key, Object... args) {
        return new Problem("about:blank", Messages.text(locale, "api.problem." + status), status,
                Messages.text(locale, key, args), key, List.copyOf(errors));
    }

    public static Problem of(Locale locale, int status, String key, Object... args) {
        return of(locale, status, List.of(), key, args);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
