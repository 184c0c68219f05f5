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

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
