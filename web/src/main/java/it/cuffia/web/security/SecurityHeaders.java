package it.cuffia.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every response of the suite carries. Pages and API answers hold customers' personal data: no
 * cache keeps them (static resources of the consoles stay cacheable). No other site frames the consoles
 * (clickjacking), plugins and foreign base URLs are off, and the browser never guesses a content type,
 * so an uploaded file is never run as a page. Set by the authentication mechanism, which sees every request
 * before any filter does, so that its own answers (401, 429, the redirect to the login page) carry them too.
 */
final class SecurityHeaders {

    static final String POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /**
     * The clients' public web form is made to be framed in the client's own site (any site: the form holds no
     * session and no one's data, and it posts only to itself). Every other page keeps {@link #POLICY}.
     */
    static final String EMBEDDABLE_POLICY = "frame-ancestors 'self' https: http:; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** The public web form's page (see WebFormView). */
    static final String EMBEDDABLE_PAGE = "/form.xhtml";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        boolean embeddable = request.getRequestURI().equals(request.getContextPath() + EMBEDDABLE_PAGE);
        response.setHeader("Content-Security-Policy", embeddable ? EMBEDDABLE_POLICY : POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
