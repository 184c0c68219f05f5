package it.cuffia.web.security;

import it.cuffia.identity.application.ApiTokenService;
import it.cuffia.identity.application.SecurityAudit;
import it.cuffia.identity.application.UserService;
import it.cuffia.identity.domain.Caller;
import it.cuffia.identity.domain.Role;
import it.cuffia.identity.domain.SecurityEventKind;
import it.cuffia.web.api.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People log in with the login page and keep a session ({@link SignedIn}); programs calling {@code /api}
 * send an API token ({@code Authorization: Bearer}) or HTTP Basic credentials, or use the session of a
 * logged-in browser. A token or Basic call opens no session. One identity store checks passwords.
 * A person reaching a protected page unauthenticated is sent to the login page and brought back
 * afterwards; an unauthenticated API call gets 401, never a redirect.
 * <p>
 * A page's own requests after its session ended (timed out, ended by the server, cookie lost) are sent to the
 * login page too: a form submit with the redirect, a Faces ajax request with a Faces partial response that
 * redirects ({@code <partial-response><redirect url=…/>}), which Faces' and PrimeFaces' scripts follow by
 * opening the page. An ajax request answered with a 302 would have its XHR fetch the login page silently, as an
 * ajax request (the {@code Faces-Request} header goes along) without the page's CSP nonce: PrimeFaces refused
 * it ("Missing CSP nonce") and the person saw the 500 page.
 */
@ApplicationScoped
public class CuffiaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute set when an API token authenticated the request: a token may not issue tokens. */
    public static final String BY_TOKEN = CuffiaAuthenticationMechanism.class.getName() + ".byToken";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private UserService users;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private SecurityAudit audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            CredentialValidationResult result = validate(login, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                SignedIn.remember(request, result);
                audit.login(SecurityEventKind.LOGIN_SUCCEEDED, login.getCaller(), request.getRemoteAddr(), "console");
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStore.validate(credential));
        }
        Optional<SignedIn> signedIn = SignedIn.of(request);
        if (signedIn.isPresent()) {
            return context.notifyContainerAboutLogin(signedIn.get().caller(), signedIn.get().groups());
        }
        if (isApi(request)) {
            Optional<String> bearer = bearerToken(request);
            if (bearer.isPresent()) {
                Optional<Caller> holder = tokens.holderOf(bearer.get());
                if (holder.isPresent()) {
                    request.setAttribute(BY_TOKEN, Boolean.TRUE);
                    return context.notifyContainerAboutLogin(holder.get().username(), groupsOf(holder.get()));
                }
                response.setHeader("WWW-Authenticate", "Bearer realm=\"cuffia\", error=\"invalid_token\"");
                return context.responseUnauthorized();
            }
            Optional<UsernamePasswordCredential> basic = basicCredential(request);
            if (basic.isPresent()) {
                Optional<Duration> locked = throttle.lockedFor(basic.get().getCaller(), request.getRemoteAddr());
                if (locked.isPresent()) {
                    return tooManyFailures(request, response, locked.get());
                }
                CredentialValidationResult result = validate(basic.get(), request);
                // a program's successful Basic call is not logged: it would be a line per request
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
            String login = request.getContextPath() + LOGIN_PAGE + nextParameter(request);
            return isFacesAjax(request) ? facesRedirect(response, login) : context.redirect(login);
        }
        return context.doNothing();
    }

    /** A Faces ajax request (Faces' and PrimeFaces' scripts send this header with every one). */
    private static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The answer Faces gives an ajax request it redirects ({@code ExternalContext.redirect} in a partial request). */
    private static AuthenticationStatus facesRedirect(HttpServletResponse response, String url) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException("the redirect to the login page could not be written", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Logout ends what the session remembers as well as the container's login. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SignedIn.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
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
            String channel = isApi(request) ? "API" : "console";
            audit.login(SecurityEventKind.LOGIN_FAILED, login.getCaller(), address, channel);
            throttle.lockedFor(login.getCaller(), address).ifPresent(wait -> audit.login(SecurityEventKind.LOGIN_LOCKED,
                    login.getCaller(), address, channel + ", " + wait.toSeconds() + " s"));
        }
        return result;
    }

    /** 429 with the moment to try again, as problem+json in the caller's language. */
    private static AuthenticationStatus tooManyFailures(HttpServletRequest request, HttpServletResponse response, Duration wait) {
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.ITALIAN;
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(Problem.of(locale, 429, "login.locked", LoginThrottle.minutes(wait))));
        } catch (Exception e) {
            throw new IllegalStateException("the 429 answer could not be written", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Where to go after login: the page first asked for (same application). A page's own request after its
     * session ended, a form submit or an ajax request, goes back to the page (its address, opened anew: what
     * the request carried is lost with the session's view).
     */
    private static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
            return "";
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    private static Set<String> groupsOf(Caller caller) {
        return caller.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? Optional.of(header.substring(7).trim()) : Optional.empty();
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
