package it.cuffia.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery: a page on another origin (another port of the same host included, where
 * SameSite cookies do not help) can make the browser post to the API with the console's session cookie.
 * A write that rides on the session cookie must therefore come from this origin: the browser says where
 * it comes from in {@code Origin} (or, failing that, {@code Referer}). Programs that sign in with a header
 * (Basic, the CTI key) carry no ambient credential, and a client that sends neither header is not a browser.
 */
@Provider
public class SameOriginWrites implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || !ridesOnSessionCookie(context)) {
            return;
        }
        String source = context.getHeaderString("Origin");
        if (source == null && context.getHeaderString("Referer") != null) {
            source = origin(URI.create(context.getHeaderString("Referer")));
        }
        if (source != null && !source.equalsIgnoreCase(request.getScheme() + "://" + context.getHeaderString(HttpHeaders.HOST))) {
            Locale locale = ProblemMappers.locale(context.getAcceptableLanguages());
            context.abortWith(Problem.of(locale, 403, "api.crossOrigin").toResponse());
        }
    }

    private boolean ridesOnSessionCookie(ContainerRequestContext context) {
        return request.getRequestedSessionId() != null && request.isRequestedSessionIdFromCookie()
                && context.getHeaderString(HttpHeaders.AUTHORIZATION) == null && context.getHeaderString("X-Api-Key") == null;
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
