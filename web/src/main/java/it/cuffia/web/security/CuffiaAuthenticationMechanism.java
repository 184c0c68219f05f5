package it.cuffia.web.security;

import it.cuffia.identity.application.UserService;
import it.cuffia.web.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * People log in with the login page and keep a session; programs calling {@code /api} send HTTP
 * Basic credentials (or use the session of a logged-in browser). One identity store checks both.
 * A person reaching a protected page unauthenticated is sent to the login page and brought back
 * afterwards; an unauthenticated API call gets 401, never a redirect.
 */
@ApplicationScoped
@AutoApplySession
public class CuffiaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private UserService users;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return context.notifyContainerAboutLogin(validate(login, request));
        }
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        if (isApi(request)) {
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                Optional<Duration> locked = throttle.lockedFor(basic.get().getCaller(), request.getRemoteAddr());
                if (locked.isPresent()) {
                    return tooManyFailures(request, response, locked.get());
                }
                CredentialValidationResult result = validate(basic.get(), request);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            if (context.isProtected() || basic.isPresent()) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"cuffia\"");
                return context.responseUnauthorized();
            }
            return context.doNothing();
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + nextParameter(request));
        }
        return context.doNothing();
    }

    /**
     * Checks a name and password unless failures locked them out; a failure counts, and takes as long
     * whether or not the name exists.
     */
    private CredentialValidationResult validate(UsernamePasswordCredential login, HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (throttle.lockedFor(login.getCaller(), address).isPresent()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStore.validate(login);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login.getCaller());
        } else {
            users.spendAFailedLoginsTime(login.getCaller(), login.getPassword().getValue());
            throttle.failed(login.getCaller(), address);
        }
        return result;
    }

    /** 429 with the moment to try again, as problem+json in the caller's language. */
    private static AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait) {
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
        String detail = Messages.text(locale, "login.locked", LoginThrottle.minutes(wait));
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", Messages.text(locale, "api.problem.429")).add("status", 429).add("detail", detail)
                    .build().toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Where to go after login: the page first asked for (GET only, same application). */
    private static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
